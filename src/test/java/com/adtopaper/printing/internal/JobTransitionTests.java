package com.adtopaper.printing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintingExceptions.InvalidReport;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.test.util.ReflectionTestUtils;

import static com.adtopaper.printing.JobStatus.CANCELLED;
import static com.adtopaper.printing.JobStatus.CLAIMED;
import static com.adtopaper.printing.JobStatus.COMPLETED;
import static com.adtopaper.printing.JobStatus.EXPIRED;
import static com.adtopaper.printing.JobStatus.FAILED;
import static com.adtopaper.printing.JobStatus.HELD;
import static com.adtopaper.printing.JobStatus.PRINTING;
import static com.adtopaper.printing.JobStatus.RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The print job's state machine, every move from every state: what a member, a printer
 * and the maintenance may do to a job, and what is refused. No Spring context.
 */
class JobTransitionTests {

	private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

	/** The whole table: each move, the states it may start from, and where it ends. */
	private static final Map<JobTransition, Move> TABLE = Map.of(JobTransition.RELEASE,
			new Move(EnumSet.of(HELD, RELEASED), RELEASED), JobTransition.CLAIM,
			new Move(EnumSet.of(RELEASED), CLAIMED), JobTransition.REPORT,
			new Move(EnumSet.of(CLAIMED, PRINTING), PRINTING), JobTransition.COMPLETE,
			new Move(EnumSet.of(CLAIMED, PRINTING), COMPLETED), JobTransition.FAIL,
			new Move(EnumSet.of(CLAIMED, PRINTING), FAILED), JobTransition.CANCEL,
			new Move(EnumSet.of(HELD, RELEASED, CLAIMED), CANCELLED), JobTransition.EXPIRE,
			new Move(EnumSet.of(HELD, RELEASED), EXPIRED), JobTransition.RECLAIM,
			new Move(EnumSet.of(CLAIMED, PRINTING), RELEASED), JobTransition.GIVE_UP,
			new Move(EnumSet.of(CLAIMED, PRINTING), FAILED));

	@Test
	void theTableNamesEveryMove() {
		assertThat(TABLE.keySet()).containsExactlyInAnyOrder(JobTransition.values());
	}

	@ParameterizedTest
	@EnumSource(JobTransition.class)
	void eachMoveIsAllowedFromItsStatesOnlyAndEndsWhereItSays(JobTransition transition) {
		Move move = TABLE.get(transition);
		for (JobStatus from : JobStatus.values()) {
			if (move.from().contains(from)) {
				assertThat(transition.from(from)).as("%s from %s", transition, from).isEqualTo(move.to());
			}
			else {
				assertThat(transition.allowedFrom(from)).as("%s from %s", transition, from).isFalse();
				assertThatExceptionOfType(JobStateConflict.class).as("%s from %s", transition, from)
					.isThrownBy(() -> transition.from(from));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = JobStatus.class, names = { "COMPLETED", "FAILED", "CANCELLED", "EXPIRED" })
	void anEndedJobMovesNoMore(JobStatus ended) {
		assertThat(ended.finished()).isTrue();
		for (JobTransition transition : JobTransition.values()) {
			assertThat(transition.allowedFrom(ended)).as("%s from %s", transition, ended).isFalse();
		}
	}

	@Test
	void aHeldJobIsReleasedAgainToAnotherPrinterThenCancelled() {
		PrintJobEntity job = job(HELD);
		job.release(1, NOW);
		job.release(2, NOW);
		assertThat(job.status()).isEqualTo(RELEASED);
		assertThat(job.printerId()).isEqualTo(2);
		job.cancel(NOW);
		assertThat(job.status()).isEqualTo(CANCELLED);
		assertThatExceptionOfType(JobStateConflict.class).isThrownBy(() -> job.release(1, NOW));
		assertThatExceptionOfType(JobStateConflict.class).isThrownBy(() -> job.cancel(NOW));
	}

	@Test
	void aJobExpiresOnlyWhileWaitingAndOnlyOnceItsTimeHasCome() {
		PrintJobEntity held = job(HELD);
		assertThat(held.expire(NOW.minusSeconds(1))).isFalse();
		assertThat(held.status()).isEqualTo(HELD);
		assertThat(held.expire(NOW)).isTrue();
		assertThat(held.status()).isEqualTo(EXPIRED);
		assertThat(held.expire(NOW)).as("expired already").isFalse();
		for (JobStatus status : List.of(CLAIMED, PRINTING, COMPLETED, FAILED, CANCELLED)) {
			PrintJobEntity job = job(status);
			assertThat(job.expire(NOW.plus(Duration.ofDays(1)))).as(status.name()).isFalse();
			assertThat(job.status()).isEqualTo(status);
		}
	}

	@Test
	void aPrintingJobIsNotCancelledButAClaimedOneIs() {
		PrintJobEntity claimed = job(CLAIMED);
		claimed.cancel(NOW);
		assertThat(claimed.status()).isEqualTo(CANCELLED);
		PrintJobEntity printing = job(CLAIMED);
		printing.progress(1, NOW);
		assertThatExceptionOfType(JobStateConflict.class).isThrownBy(() -> printing.cancel(NOW));
	}

	@Test
	void reportsOnlyMoveForwardAndNeverPastTheLastSide() {
		PrintJobEntity job = job(CLAIMED);
		assertThat(job.progress(0, NOW)).as("started, nothing printed yet").isZero();
		assertThat(job.status()).isEqualTo(PRINTING);
		assertThat(job.progress(3, NOW)).isEqualTo(3);
		assertThatExceptionOfType(InvalidReport.class).as("again").isThrownBy(() -> job.progress(3, NOW));
		assertThatExceptionOfType(InvalidReport.class).as("backwards").isThrownBy(() -> job.progress(2, NOW));
		assertThatExceptionOfType(InvalidReport.class).as("past the end").isThrownBy(() -> job.progress(11, NOW));
		assertThatExceptionOfType(InvalidReport.class).as("backwards").isThrownBy(() -> job.complete(2, NOW));
		assertThat(job.complete(7, NOW)).isEqualTo(4);
		assertThat(job.status()).isEqualTo(COMPLETED);
		assertThat(job.pointsCharged()).isEqualTo(70);
		assertThatExceptionOfType(JobStateConflict.class).isThrownBy(() -> job.progress(8, NOW));
		assertThatExceptionOfType(JobStateConflict.class)
			.isThrownBy(() -> job.fail(8, FailureReason.PRINTER_ERROR, "late", NOW));
	}

	@Test
	void aPrinterFailsAClaimedOrPrintingJobOnly() {
		PrintJobEntity job = job(CLAIMED);
		assertThat(job.fail(0, FailureReason.PAPER_JAM, "Paper jam (media-jam)", NOW)).isZero();
		assertThat(job.status()).isEqualTo(FAILED);
		assertThat(job.toJob().failure()).isEqualTo("Paper jam (media-jam)");
		assertThat(job.toJob().failureReason()).isEqualTo(FailureReason.PAPER_JAM);
		for (JobStatus status : List.of(HELD, RELEASED, COMPLETED, CANCELLED, EXPIRED)) {
			assertThatExceptionOfType(JobStateConflict.class).as(status.name())
				.isThrownBy(() -> job(status).fail(0, FailureReason.PRINTER_ERROR, "no", NOW));
			assertThatExceptionOfType(JobStateConflict.class).as(status.name())
				.isThrownBy(() -> job(status).complete(0, NOW));
			assertThatExceptionOfType(JobStateConflict.class).as(status.name())
				.isThrownBy(() -> job(status).progress(0, NOW));
		}
	}

	@Test
	void aSilentJobGoesBackUntilItPrintedSomethingOrCameBackTooOften() {
		PrintJobEntity job = job(CLAIMED);
		assertThat(job.silent(2, NOW)).isTrue();
		assertThat(job.status()).isEqualTo(RELEASED);
		ReflectionTestUtils.setField(job, "status", CLAIMED);
		assertThat(job.silent(2, NOW)).isTrue();
		ReflectionTestUtils.setField(job, "status", CLAIMED);
		assertThat(job.silent(2, NOW)).as("the third time").isFalse();
		assertThat(job.status()).isEqualTo(FAILED);

		PrintJobEntity printed = job(CLAIMED);
		printed.progress(1, NOW);
		assertThat(printed.silent(2, NOW)).as("a side printed").isFalse();
		assertThat(printed.status()).isEqualTo(FAILED);

		for (JobStatus status : List.of(HELD, RELEASED, COMPLETED, FAILED, CANCELLED, EXPIRED)) {
			assertThatExceptionOfType(JobStateConflict.class).as(status.name())
				.isThrownBy(() -> job(status).silent(2, NOW));
		}
	}

	/** A job of ten sides at 10 points each, expiring at {@link #NOW}, in this state. */
	private static PrintJobEntity job(JobStatus status) {
		PrintJobEntity job = new PrintJobEntity("job-1", 7, 9, 1, false, 1, 10, 10, "123456", NOW,
				NOW.minus(Duration.ofHours(4)));
		if (status != HELD) {
			ReflectionTestUtils.setField(job, "printerId", 1L);
			ReflectionTestUtils.setField(job, "status", status);
		}
		return job;
	}

	private record Move(Set<JobStatus> from, JobStatus to) {

	}

}
