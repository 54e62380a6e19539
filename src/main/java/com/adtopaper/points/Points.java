package com.adtopaper.points;

import java.util.Optional;

import com.adtopaper.points.PointsExceptions.InvalidAmount;
import com.adtopaper.points.internal.Ledger;
import com.adtopaper.points.internal.LedgerEntryEntity;
import com.adtopaper.points.internal.LedgerEntryRepository;
import com.adtopaper.points.internal.PointsAccountRepository;
import com.adtopaper.points.internal.Posting;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's points. Every operation takes an idempotency key chosen by the caller (a job
 * id, a day and a member, a request's {@code Idempotency-Key}): the same key asked again
 * returns the entry written the first time and changes nothing; the same key with a
 * different request is refused. Balances never go below zero.
 * <p>
 * A print job holds its points when it is made and, when it ends, is charged for the
 * sides that printed and released of the rest, so a page that failed is never charged and
 * there is nothing to refund.
 */
@Service
public class Points {

	private final Ledger ledger;

	private final LedgerEntryRepository entries;

	private final PointsAccountRepository accounts;

	Points(Ledger ledger, LedgerEntryRepository entries, PointsAccountRepository accounts) {
		this.ledger = ledger;
		this.entries = entries;
		this.accounts = accounts;
	}

	/** Credits free points. */
	public LedgerEntry grant(long memberId, long points, String key, String reason) {
		positive(points);
		return post(Posting.grant(memberId, points, key, reason));
	}

	/** Spends points straight from the balance. */
	public LedgerEntry spend(long memberId, long points, String key, String reason) {
		positive(points);
		return post(Posting.spend(memberId, points, key, reason));
	}

	/**
	 * Puts points aside under {@code holdKey}, which is also the hold's idempotency key.
	 */
	public LedgerEntry hold(long memberId, long points, String holdKey, String reason) {
		positive(points);
		return post(Posting.hold(memberId, points, holdKey, reason));
	}

	/** Spends points that a hold put aside. */
	public LedgerEntry charge(String holdKey, long points, String key, String reason) {
		positive(points);
		return this.ledger.chargeHold(holdKey, points, key, reason);
	}

	/** Gives back whatever a hold still has; empty if it has nothing left. */
	public Optional<LedgerEntry> release(String holdKey, String key, String reason) {
		return this.ledger.releaseHold(holdKey, key, reason);
	}

	/**
	 * An operator's correction; {@code change} may be negative but not below the balance.
	 */
	public LedgerEntry adjust(long memberId, long change, String key, String reason) {
		if (change == 0) {
			throw new InvalidAmount(change);
		}
		return post(Posting.adjustment(memberId, change, key, reason));
	}

	/**
	 * Gives a member back points a job charged them (an operator's refund of a job that
	 * printed badly), up to what it charged less earlier refunds.
	 * @param holdKey the job's hold
	 * @param points how many
	 * @param key the idempotency key
	 * @param reason the operator's comment, shown to the member
	 * @return the entry
	 */
	public LedgerEntry refund(String holdKey, long points, String key, String reason) {
		positive(points);
		return this.ledger.refundHold(holdKey, points, key, reason);
	}

	/** What a job's hold charged, less what was refunded of it. */
	@Transactional(readOnly = true)
	public long refundable(String holdKey) {
		return this.ledger.refundable(holdKey);
	}

	@Transactional(readOnly = true)
	public Balance balance(long memberId) {
		return this.accounts.findById(memberId)
			.map((account) -> new Balance(account.available(), account.held()))
			.orElse(new Balance(0, 0));
	}

	/** The member's entries, newest first. */
	@Transactional(readOnly = true)
	public Page<LedgerEntry> history(long memberId, int page, int size) {
		return this.entries.findByMemberIdOrderByIdDesc(memberId, PageRequest.of(page, size))
			.map(LedgerEntryEntity::toEntry);
	}

	private LedgerEntry post(Posting posting) {
		try {
			return this.ledger.post(posting);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent posting with the same key won the unique index: answer with
			// its entry
			return this.ledger.existing(posting).orElseThrow(() -> ex);
		}
	}

	private static void positive(long points) {
		if (points <= 0) {
			throw new InvalidAmount(points);
		}
	}

}
