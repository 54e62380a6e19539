package com.adtopaper.points.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.adtopaper.points.EntryKind;
import com.adtopaper.points.LedgerEntry;
import com.adtopaper.points.PointsExceptions.RefundTooLarge;
import com.adtopaper.points.PointsExceptions.IdempotencyKeyReused;
import com.adtopaper.points.PointsExceptions.NoSuchHold;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes ledger entries. Every posting locks the member's account row, checks its
 * idempotency key, checks the balance, then appends the entry and moves the balance in
 * the same transaction: two postings for one member never interleave, and a retried one
 * returns the entry it wrote the first time.
 */
@Component
public class Ledger {

	private final LedgerEntryRepository entries;

	private final PointsAccountRepository accounts;

	private final Clock clock;

	private final JdbcClient jdbc;

	Ledger(LedgerEntryRepository entries, PointsAccountRepository accounts, Clock clock, JdbcClient jdbc) {
		this.entries = entries;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public LedgerEntry post(Posting posting) {
		return postWithin(posting, () -> {
		});
	}

	/**
	 * The entry a posting with this key already wrote, if the posting asks for the same
	 * thing.
	 */
	@Transactional(readOnly = true)
	public Optional<LedgerEntry> existing(Posting posting) {
		return this.entries.findByIdempotencyKey(posting.key()).map((entry) -> {
			if (!entry.matches(posting)) {
				throw new IdempotencyKeyReused();
			}
			return entry.toEntry();
		});
	}

	/** Charges points from a hold; the hold must still have them. */
	@Transactional
	public LedgerEntry chargeHold(String holdKey, long points, String key, String reason) {
		long memberId = holder(holdKey);
		Posting posting = Posting.charge(memberId, holdKey, points, key, reason);
		return postWithin(posting, () -> posting.coveredBy(this.entries.heldOn(holdKey)));
	}

	/**
	 * Gives back points a hold's job charged; no more than it charged, less what was
	 * given back already.
	 */
	@Transactional
	public LedgerEntry refundHold(String holdKey, long points, String key, String reason) {
		long memberId = holder(holdKey);
		Posting posting = Posting.refund(memberId, holdKey, points, key, reason);
		return postWithin(posting, () -> {
			long refundable = this.entries.refundableOn(holdKey);
			if (points > refundable) {
				throw new RefundTooLarge(points, refundable);
			}
		});
	}

	@Transactional(readOnly = true)
	public long refundable(String holdKey) {
		return this.entries.refundableOn(holdKey);
	}

	/** Gives back what is left of a hold; empty if nothing is left. */
	@Transactional
	public Optional<LedgerEntry> releaseHold(String holdKey, String key, String reason) {
		long memberId = holder(holdKey);
		lock(memberId);
		long held = this.entries.heldOn(holdKey);
		var done = this.entries.findByIdempotencyKey(key).map(LedgerEntryEntity::toEntry);
		if (done.isPresent() || held == 0) {
			return done;
		}
		return Optional.of(post(Posting.release(memberId, holdKey, held, key, reason)));
	}

	private LedgerEntry postWithin(Posting posting, Runnable checkUnderLock) {
		Optional<LedgerEntry> done = existing(posting);
		if (done.isPresent()) {
			return done.get();
		}
		PointsAccountEntity account = lock(posting.memberId());
		// looked up again under the lock: a concurrent posting with this key has
		// committed by now
		done = existing(posting);
		if (done.isPresent()) {
			return done.get();
		}
		checkUnderLock.run();
		account.apply(posting.availableChange(), posting.heldChange());
		return this.entries.save(new LedgerEntryEntity(posting, this.clock.instant())).toEntry();
	}

	/** Opens a member's account (with nothing on it) if it is not open yet. */
	@Transactional
	public void open(long memberId) {
		lock(memberId);
	}

	/**
	 * Credits the morning's points to every account with a member id in
	 * {@code [from, to)} that has not had them today, with four set-based statements
	 * under the range's row locks: lock, remember the last entry id, insert the missing
	 * entries, move the balances of exactly the entries just inserted. A retry finds the
	 * entries and credits nobody twice.
	 * @return how many members were credited now
	 */
	@Transactional
	public int grantMorning(LocalDate day, long from, long to, long points) {
		String prefix = "morning:" + day + ":";
		this.jdbc.sql("select member_id from points_accounts where member_id >= ? and member_id < ? for update")
			.params(from, to)
			.query((row, n) -> null)
			.list();
		long marker = this.jdbc.sql("select coalesce(max(id), 0) from points_ledger").query(Long.class).single();
		this.jdbc.sql("""
				insert into points_ledger (member_id, kind, points, available_change, held_change, hold_key,
				                           idempotency_key, reason, created_at)
				select pa.member_id, 'GRANT', ?, ?, 0, null, concat(?, pa.member_id), ?, ?
				from points_accounts pa
				where pa.member_id >= ? and pa.member_id < ? and pa.closed_at is null
				and not exists (select 1 from points_ledger l where l.idempotency_key = concat(?, pa.member_id))""")
			.params(points, points, prefix, "Free points of " + day,
					LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), from, to, prefix)
			.update();
		return this.jdbc
			.sql("""
					update points_accounts pa set available = available + ?
					where pa.member_id >= ? and pa.member_id < ?
					and exists (select 1 from points_ledger l where l.idempotency_key = concat(?, pa.member_id) and l.id > ?)""")
			.params(points, from, to, prefix, marker)
			.update();
	}

	private long holder(String holdKey) {
		return this.entries.findFirstByHoldKeyAndKind(holdKey, EntryKind.HOLD)
			.orElseThrow(() -> new NoSuchHold(holdKey))
			.memberId();
	}

	private PointsAccountEntity lock(long memberId) {
		return this.accounts.lock(memberId).orElseGet(() -> {
			this.accounts.openOrLock(memberId);
			return this.accounts.lock(memberId).orElseThrow();
		});
	}

}
