package com.adtopaper.points.internal;

import java.time.Instant;

import com.adtopaper.points.Balance;
import com.adtopaper.points.PointsExceptions.InsufficientPoints;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ledger's rules without a database: what each kind of entry does to a member's
 * available and held points, that neither goes below zero, and which retried postings
 * count as the same. {@code PointsLedgerIntegrationTests} checks them under concurrency
 * on MariaDB.
 */
class LedgerRulesTests {

	private static final long MEMBER = 7;

	private final PointsAccountEntity account = new PointsAccountEntity();

	@Test
	void aBalanceNeverGoesBelowZeroAndARefusedPostingMovesNothing() {
		post(Posting.grant(MEMBER, 10, "grant", "Test grant"));

		assertThatExceptionOfType(InsufficientPoints.class)
			.isThrownBy(() -> post(Posting.spend(MEMBER, 11, "spend", "Too much")));
		assertThatExceptionOfType(InsufficientPoints.class)
			.isThrownBy(() -> post(Posting.hold(MEMBER, 11, "job", "Too big a job")));
		assertThatExceptionOfType(InsufficientPoints.class)
			.isThrownBy(() -> post(Posting.adjustment(MEMBER, -11, "adjust", "Too big a correction")));
		assertThat(balance()).isEqualTo(new Balance(10, 0));

		post(Posting.adjustment(MEMBER, -10, "adjust", "Correction"));
		assertThat(balance()).isEqualTo(new Balance(0, 0));
	}

	@Test
	void aHoldIsChargedForWhatPrintedAndWhatIsLeftIsReleased() {
		post(Posting.grant(MEMBER, 100, "grant", "Test grant"));

		post(Posting.hold(MEMBER, 30, "job", "Print job"));
		assertThat(balance()).isEqualTo(new Balance(70, 30));

		Posting charge = Posting.charge(MEMBER, "job", 20, "job:charge", "Printed 2 pages");
		charge.coveredBy(30);
		post(charge);
		assertThat(balance()).as("a charge spends held points, not available ones").isEqualTo(new Balance(70, 10));

		assertThatExceptionOfType(InsufficientPoints.class)
			.isThrownBy(() -> Posting.charge(MEMBER, "job", 11, "job:more", "More than the hold has").coveredBy(10));
		assertThatExceptionOfType(InsufficientPoints.class).as("held points never go below zero either")
			.isThrownBy(() -> post(Posting.charge(MEMBER, "job", 11, "job:more", "More than is held")));

		post(Posting.release(MEMBER, "job", 10, "job:release", "1 page not printed"));
		assertThat(balance()).isEqualTo(new Balance(80, 0));
	}

	@Test
	void aRetriedPostingIsTheSameOnlyIfItAsksForTheSameThing() {
		LedgerEntryEntity written = new LedgerEntryEntity(Posting.hold(MEMBER, 30, "job", "Print job"), Instant.EPOCH);

		assertThat(written.matches(Posting.hold(MEMBER, 30, "job", "Print job, again"))).isTrue();
		assertThat(written.matches(Posting.hold(MEMBER, 40, "job", "Another amount"))).isFalse();
		assertThat(written.matches(Posting.hold(MEMBER + 1, 30, "job", "Another member"))).isFalse();
		assertThat(written.matches(Posting.spend(MEMBER, 30, "job", "Another kind"))).isFalse();

		LedgerEntryEntity correction = new LedgerEntryEntity(Posting.adjustment(MEMBER, 5, "fix", "Up"), Instant.EPOCH);
		assertThat(correction.matches(Posting.adjustment(MEMBER, 5, "fix", "Up"))).isTrue();
		assertThat(correction.matches(Posting.adjustment(MEMBER, -5, "fix", "Down"))).as("the other direction")
			.isFalse();
	}

	private void post(Posting posting) {
		this.account.apply(posting.availableChange(), posting.heldChange());
	}

	private Balance balance() {
		return new Balance(this.account.available(), this.account.held());
	}

}
