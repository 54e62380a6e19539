package com.adtopaper.points;

import com.adtopaper.platform.DomainException;

/** The refusals of the points ledger. */
public final class PointsExceptions {

	private PointsExceptions() {
	}

	/** The balance (or the hold) does not have that many points. */
	public static final class InsufficientPoints extends DomainException {

		public InsufficientPoints(long wanted, long available) {
			super(Kind.REFUSED, null, "Not enough points: " + wanted + " needed, " + available + " available.", null,
					Long.toString(wanted), Long.toString(available));
		}

	}

	/**
	 * An idempotency key came back with a different request than the one it was first
	 * used for.
	 */
	public static final class IdempotencyKeyReused extends DomainException {

		public IdempotencyKeyReused() {
			super(Kind.CONFLICT, "This idempotency key was already used for a different operation.");
		}

	}

	/** A refund of more than the job charged, less what was refunded of it already. */
	public static final class RefundTooLarge extends DomainException {

		public RefundTooLarge(long wanted, long refundable) {
			super(Kind.REFUSED, "points",
					"At most " + refundable + " points of this job can be refunded, not " + wanted + ".", null,
					Long.toString(refundable), Long.toString(wanted));
		}

	}

	/** No hold with this key. */
	public static final class NoSuchHold extends DomainException {

		public NoSuchHold(String holdKey) {
			super(Kind.NOT_FOUND, null, "There is no hold " + holdKey + ".", null, holdKey);
		}

	}

	/** Amounts are whole, positive numbers of points. */
	public static final class InvalidAmount extends DomainException {

		public InvalidAmount(long points) {
			super(Kind.INVALID, "points", "The amount must be a positive number of points, not " + points + ".", null,
					Long.toString(points));
		}

	}

}
