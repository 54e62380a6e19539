package com.adtopaper.points.internal;

import com.adtopaper.points.EntryKind;
import com.adtopaper.points.PointsExceptions.InsufficientPoints;
import org.jspecify.annotations.Nullable;

/**
 * A ledger entry to be written. Its factories hold the ledger's arithmetic: which of the
 * member's two balances, available and held, each kind of entry moves, and by how much.
 *
 * @param memberId whose points
 * @param kind what it does
 * @param points how many points (positive)
 * @param availableChange the change of the available balance
 * @param heldChange the change of the held points
 * @param holdKey the hold it belongs to
 * @param key its idempotency key
 * @param reason a text the member can read
 */
public record Posting(long memberId, EntryKind kind, long points, long availableChange, long heldChange,
		@Nullable String holdKey, String key, String reason) {

	/** Free points: more available. */
	public static Posting grant(long memberId, long points, String key, String reason) {
		return new Posting(memberId, EntryKind.GRANT, points, points, 0, null, key, reason);
	}

	/** Points spent straight from the available balance. */
	public static Posting spend(long memberId, long points, String key, String reason) {
		return new Posting(memberId, EntryKind.CHARGE, points, -points, 0, null, key, reason);
	}

	/**
	 * Points put aside: they move from available to held, under {@code holdKey}, which is
	 * also the hold's idempotency key.
	 */
	public static Posting hold(long memberId, long points, String holdKey, String reason) {
		return new Posting(memberId, EntryKind.HOLD, points, -points, points, holdKey, holdKey, reason);
	}

	/** Points spent from a hold: they leave the held points; available does not move. */
	public static Posting charge(long memberId, String holdKey, long points, String key, String reason) {
		return new Posting(memberId, EntryKind.CHARGE, points, 0, -points, holdKey, key, reason);
	}

	/** What is left on a hold ({@code held}) goes back to available. */
	public static Posting release(long memberId, String holdKey, long held, String key, String reason) {
		return new Posting(memberId, EntryKind.RELEASE, held, held, -held, holdKey, key, reason);
	}

	/** An operator's correction of the available balance, up or down. */
	public static Posting adjustment(long memberId, long change, String key, String reason) {
		return new Posting(memberId, EntryKind.ADJUSTMENT, Math.abs(change), change, 0, null, key, reason);
	}

	/** Charged points of a hold's job given back: more available, the hold unchanged. */
	public static Posting refund(long memberId, String holdKey, long points, String key, String reason) {
		return new Posting(memberId, EntryKind.REFUND, points, points, 0, holdKey, key, reason);
	}

	/** Refuses a charge of more than its hold still has. */
	void coveredBy(long held) {
		if (this.points > held) {
			throw new InsufficientPoints(this.points, held);
		}
	}

}
