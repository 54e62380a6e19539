package com.adtopaper.points;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.IntegrationTest;
import com.adtopaper.points.PointsExceptions.IdempotencyKeyReused;
import com.adtopaper.points.PointsExceptions.InsufficientPoints;
import com.adtopaper.points.PointsExceptions.InvalidAmount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's rules against MariaDB, with real concurrency. */
@IntegrationTest
class PointsLedgerIntegrationTests {

	@Autowired
	Points points;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiftyConcurrentSpendsOfOnePointAgainstTenSucceedExactlyTenTimes() throws Exception {
		long member = newMemberId();
		this.points.grant(member, 10, "grant:" + member, "Test grant");

		AtomicInteger spent = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		runConcurrently(50, (i) -> {
			try {
				this.points.spend(member, 1, "spend:" + member + ":" + i, "Test spend");
				spent.incrementAndGet();
			}
			catch (InsufficientPoints ex) {
				refused.incrementAndGet();
			}
			return null;
		});

		assertThat(spent).hasValue(10);
		assertThat(refused).hasValue(40);
		assertThat(this.points.balance(member)).isEqualTo(new Balance(0, 0));
		assertLedgerAddsUp(member);
	}

	@Test
	void theSameKeyPostedConcurrentlyCountsOnce() throws Exception {
		long member = newMemberId();
		List<LedgerEntry> entries = runConcurrently(20,
				(i) -> this.points.grant(member, 7, "same-key:" + member, "Test grant"));

		assertThat(entries).extracting(LedgerEntry::id).containsOnly(entries.getFirst().id());
		assertThat(this.points.balance(member).available()).isEqualTo(7);
		assertLedgerAddsUp(member);
	}

	@Test
	void aKeyReusedForADifferentRequestIsRefused() {
		long member = newMemberId();
		this.points.grant(member, 5, "reused:" + member, "Test grant");
		assertThatThrownBy(() -> this.points.grant(member, 6, "reused:" + member, "Test grant"))
			.isInstanceOf(IdempotencyKeyReused.class);
		assertThatThrownBy(() -> this.points.spend(member, 5, "reused:" + member, "Test spend"))
			.isInstanceOf(IdempotencyKeyReused.class);
		assertThat(this.points.balance(member).available()).isEqualTo(5);
	}

	@Test
	void aHoldIsChargedForWhatPrintedAndTheRestIsReleased() {
		long member = newMemberId();
		String job = "job:" + member;
		this.points.grant(member, 100, "grant:" + member, "Test grant");

		this.points.hold(member, 30, job, "Print job");
		assertThat(this.points.balance(member)).isEqualTo(new Balance(70, 30));

		this.points.charge(job, 10, job + ":page:1-2", "Pages 1-2");
		this.points.charge(job, 10, job + ":page:1-2", "Pages 1-2");
		assertThat(this.points.balance(member)).isEqualTo(new Balance(70, 20));
		assertThatThrownBy(() -> this.points.charge(job, 25, job + ":page:3-7", "Pages 3-7"))
			.isInstanceOf(InsufficientPoints.class);

		assertThat(this.points.release(job, job + ":release", "Job finished")).get()
			.extracting(LedgerEntry::points)
			.isEqualTo(20L);
		assertThat(this.points.release(job, job + ":release", "Job finished")).isPresent();
		assertThat(this.points.release(job, job + ":release-again", "Job finished")).isEmpty();
		assertThat(this.points.balance(member)).isEqualTo(new Balance(90, 0));
		assertLedgerAddsUp(member);
	}

	@Test
	void aHoldLargerThanTheBalanceIsRefusedAndWritesNothing() {
		long member = newMemberId();
		this.points.grant(member, 10, "grant:" + member, "Test grant");
		assertThatThrownBy(() -> this.points.hold(member, 11, "job-too-big:" + member, "Print job"))
			.isInstanceOf(InsufficientPoints.class);
		assertThat(this.points.balance(member)).isEqualTo(new Balance(10, 0));
		assertThat(this.points.history(member, 0, 10).getTotalElements()).isEqualTo(1);
	}

	@Test
	void amountsMustBePositive() {
		long member = newMemberId();
		assertThatThrownBy(() -> this.points.grant(member, 0, "zero:" + member, "Nothing"))
			.isInstanceOf(InvalidAmount.class);
		assertThatThrownBy(() -> this.points.spend(member, -5, "negative:" + member, "Negative"))
			.isInstanceOf(InvalidAmount.class);
	}

	@Test
	void historyIsNewestFirstAndPaged() {
		long member = newMemberId();
		for (int i = 1; i <= 5; i++) {
			this.points.grant(member, i, "paged:" + member + ":" + i, "Grant " + i);
		}
		var page = this.points.history(member, 0, 2);
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getContent()).extracting(LedgerEntry::points).containsExactly(5L, 4L);
		assertThat(this.points.history(member, 2, 2).getContent()).extracting(LedgerEntry::points).containsExactly(1L);
	}

	private void assertLedgerAddsUp(long member) {
		Long available = this.jdbc.queryForObject(
				"select coalesce(sum(available_change), 0) from points_ledger where member_id = ?", Long.class, member);
		Long held = this.jdbc.queryForObject(
				"select coalesce(sum(held_change), 0) from points_ledger where member_id = ?", Long.class, member);
		assertThat(new Balance(available, held)).isEqualTo(this.points.balance(member));
	}

	private static long newMemberId() {
		return 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
	}

	interface Task<T> {

		T run(int i) throws Exception;

	}

	/** Starts all tasks at the same moment (a latch) and waits for every one. */
	private static <T> List<T> runConcurrently(int count, Task<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				Callable<T> call = () -> {
					start.await();
					return task.run(n);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
