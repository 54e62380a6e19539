package com.adtopaper.platform.queue.internal;

import com.adtopaper.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.platform.queue.DeadJob;
import com.adtopaper.platform.queue.Job;
import com.adtopaper.platform.queue.JobContext;
import com.adtopaper.platform.queue.JobHandler;
import com.adtopaper.platform.queue.internal.QueueSettings.Queue;
import com.adtopaper.platform.queue.internal.QueueSettings.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The job queue against real Redis (and the in-process broker where the behaviour is the
 * same).
 */
class JobQueueIntegrationTests {

	private final QueueFixture fixture = new QueueFixture();

	@AfterEach
	void close() throws Exception {
		this.fixture.close();
	}

	/** Records every job it runs; fails the first {@code failures} attempts of each. */
	static final class Recorder implements JobHandler {

		final String type;

		final List<String> payloads = new CopyOnWriteArrayList<>();

		final Map<String, Instant> ranAt = new ConcurrentHashMap<>();

		final int failures;

		final Duration takes;

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		Recorder(String type, int failures, Duration takes) {
			this.type = type;
			this.failures = failures;
			this.takes = takes;
		}

		@Override
		public String type() {
			return this.type;
		}

		@Override
		public void handle(JobContext job) throws Exception {
			int now = this.running.incrementAndGet();
			this.mostAtOnce.accumulateAndGet(now, Math::max);
			try {
				Thread.sleep(this.takes.toMillis());
				if (job.attempt() <= this.failures) {
					throw new IllegalStateException("attempt " + job.attempt() + " of " + job.payload() + " fails");
				}
				this.payloads.add(job.payload());
				this.ranAt.put(job.payload(), Instant.now());
			}
			finally {
				this.running.decrementAndGet();
			}
		}

	}

	private QueueSettings settings(Store store) {
		return this.fixture.settings(store, Duration.ofSeconds(2), 3, Map.of("test", new Queue(4)));
	}

	@ParameterizedTest
	@EnumSource(Store.class)
	void enqueuedJobsRunOnceAndLeaveTheQueue(Store store) {
		var settings = settings(store);
		JobBroker broker = this.fixture.broker(settings);
		var recorder = new Recorder("record", 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		List<Job> jobs = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			jobs.add(Job.of("test", "record", "job-" + i));
		}
		broker.enqueueAll(jobs);
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.payloads.size() == 50);
		assertThat(recorder.payloads).doesNotHaveDuplicates();
		await().atMost(Duration.ofSeconds(5)).until(() -> broker.stats().getFirst().depth() == 0);
	}

	@ParameterizedTest
	@EnumSource(Store.class)
	void aFailingJobIsRetriedWithBackoffThenDeadWithItsLastErrorAndCanBeRetriedByHand(Store store) {
		var settings = settings(store);
		JobBroker broker = this.fixture.broker(settings);
		var flaky = new Recorder("flaky", 1, Duration.ZERO);
		var hopeless = new Recorder("hopeless", 99, Duration.ZERO);
		this.fixture.workers(broker, settings, flaky, hopeless);

		broker.enqueue(Job.of("test", "flaky", "recovers"));
		String dead = broker.enqueue(Job.of("test", "hopeless", "never"));
		await().atMost(Duration.ofSeconds(10)).until(() -> flaky.payloads.contains("recovers"));
		await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadJobs("test", 10).size() == 1);

		DeadJob job = broker.deadJobs("test", 10).getFirst();
		assertThat(job.id()).isEqualTo(dead);
		assertThat(job.attempts()).isEqualTo(3);
		assertThat(job.lastError()).contains("attempt 3 of never fails");
		assertThat(broker.stats().getFirst().dead()).isEqualTo(1);

		assertThat(broker.retryDead("test", dead)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadJobs("test", 10).size() == 1);
		assertThat(broker.discardDead("test", dead)).isTrue();
		assertThat(broker.deadJobs("test", 10)).isEmpty();
		assertThat(broker.discardDead("test", "no-such-job")).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Store.class)
	void aDelayedJobRunsNoEarlierThanItsTime(Store store) {
		var settings = settings(store);
		JobBroker broker = this.fixture.broker(settings);
		var recorder = new Recorder("record", 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		Instant runAt = Instant.now().plusMillis(1500);
		broker.enqueue(Job.of("test", "record", "later").at(runAt));
		assertThat(broker.stats().getFirst().delayed()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.ranAt.containsKey("later"));
		assertThat(recorder.ranAt.get("later")).isAfterOrEqualTo(runAt);
	}

	@ParameterizedTest
	@EnumSource(Store.class)
	void aUniqueJobIsQueuedOnceUntilItIsDone(Store store) {
		var settings = settings(store);
		JobBroker broker = this.fixture.broker(settings);
		String first = broker.enqueue(Job.of("test", "record", "one").unique("morning:2026-11-22"));
		String second = broker.enqueue(Job.of("test", "record", "two").unique("morning:2026-11-22"));
		assertThat(second).isEqualTo(first);

		var recorder = new Recorder("record", 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.payloads.size() == 1);
		assertThat(recorder.payloads).containsExactly("one");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> !broker.enqueue(Job.of("test", "record", "three").unique("morning:2026-11-22")).equals(first));
	}

	@ParameterizedTest
	@EnumSource(Store.class)
	void eachQueueHasItsOwnConcurrency(Store store) {
		var settings = this.fixture.settings(store, Duration.ofSeconds(2), 3,
				Map.of("slow", new Queue(1), "wide", new Queue(4)));
		JobBroker broker = this.fixture.broker(settings);
		var one = new Recorder("one-at-a-time", 0, Duration.ofMillis(100));
		var four = new Recorder("four-at-a-time", 0, Duration.ofMillis(100));
		this.fixture.workers(broker, settings, one, four);
		List<Job> jobs = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			jobs.add(Job.of("slow", "one-at-a-time", "s" + i));
			jobs.add(Job.of("wide", "four-at-a-time", "w" + i));
		}
		broker.enqueueAll(jobs);
		await().atMost(Duration.ofSeconds(10)).until(() -> one.payloads.size() == 8 && four.payloads.size() == 8);
		assertThat(one.mostAtOnce).hasValue(1);
		assertThat(four.mostAtOnce.get()).isBetween(2, 4);
	}

	@Test
	void aJobHeldByAWorkerThatDiedIsRedeliveredAfterTheLease() throws InterruptedException {
		var settings = settings(Store.REDIS);
		JobBroker dying = this.fixture.broker(settings);
		dying.open("test");
		dying.enqueue(Job.of("test", "record", "orphan"));
		List<Delivery> taken = dying.take("test", 10, Duration.ofSeconds(1));
		assertThat(taken).hasSize(1);
		dying.close(); // dies without acknowledging

		var recorder = new Recorder("record", 0, Duration.ZERO);
		Instant start = Instant.now();
		this.fixture.workers(this.fixture.broker(settings), settings, recorder);
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.payloads.contains("orphan"));
		assertThat(Duration.between(start, recorder.ranAt.get("orphan")))
			.isGreaterThanOrEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void aLongJobKeepsItsLeaseAndIsNotTakenByAnotherWorker() {
		var settings = settings(Store.REDIS);
		var slow = new Recorder("slow", 0, Duration.ofSeconds(6));
		var other = new Recorder("slow", 0, Duration.ofSeconds(6));
		JobBroker first = this.fixture.broker(settings);
		this.fixture.workers(first, settings, slow);
		first.enqueue(Job.of("test", "slow", "long"));
		await().atMost(Duration.ofSeconds(5)).until(() -> slow.running.get() == 1);
		this.fixture.workers(this.fixture.broker(settings), settings, other);

		await().atMost(Duration.ofSeconds(15)).until(() -> slow.payloads.contains("long"));
		assertThat(other.payloads).isEmpty();
		assertThat(other.mostAtOnce).hasValue(0);
	}

	@Test
	void aJobThatKeepsKillingItsWorkersEndsDead() {
		var settings = this.fixture.settings(Store.REDIS, Duration.ofMillis(300), 2, Map.of("test", new Queue(4)));
		JobBroker broker = this.fixture.broker(settings);
		broker.open("test");
		broker.enqueue(Job.of("test", "record", "poison"));
		for (int i = 0; i < 3; i++) {
			// a worker takes it and dies
			JobBroker victim = this.fixture.broker(settings);
			await().atMost(Duration.ofSeconds(5)).until(() -> {
				victim.maintain("test");
				return !victim.take("test", 1, Duration.ofMillis(100)).isEmpty();
			});
			victim.close();
			ServerProcess.sleep(400);
		}
		var recorder = new Recorder("record", 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadJobs("test", 10).size() == 1);
		assertThat(recorder.payloads).isEmpty();
		assertThat(broker.deadJobs("test", 10).getFirst().lastError()).contains("without finishing");
	}

	@Test
	void stoppingFinishesRunningJobsAndLeavesTheRestForAnotherWorker() {
		var settings = settings(Store.REDIS);
		JobBroker broker = this.fixture.broker(settings);
		var recorder = new Recorder("record", 0, Duration.ofMillis(500));
		JobWorkers workers = this.fixture.workers(broker, settings, recorder);
		List<Job> jobs = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			jobs.add(Job.of("test", "record", "job-" + i));
		}
		broker.enqueueAll(jobs);
		await().atMost(Duration.ofSeconds(5)).until(() -> recorder.running.get() > 0);
		workers.stop();
		int finished = recorder.payloads.size();
		assertThat(recorder.running).hasValue(0);
		assertThat(finished).isLessThan(12);

		var successor = new Recorder("record", 0, Duration.ZERO);
		this.fixture.workers(this.fixture.broker(settings), settings, successor);
		await().atMost(Duration.ofSeconds(15)).until(() -> recorder.payloads.size() + successor.payloads.size() >= 12);
		Set<String> all = new java.util.HashSet<>(recorder.payloads);
		all.addAll(successor.payloads);
		assertThat(all).hasSize(12);
	}

	@Test
	void queuedJobsSurviveARedisRestartWhenRedisPersists(@TempDir Path directory) {
		try (var redis = ServerProcess.redis(26391, directory)) {
			var settings = settings(Store.REDIS);
			JobBroker producer = this.fixture.broker(settings, "127.0.0.1", 26391);
			producer.open("test");
			List<Job> jobs = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				jobs.add(Job.of("test", "record", "job-" + i));
			}
			producer.enqueueAll(jobs);
			producer.enqueue(Job.of("test", "record", "delayed").in(Duration.ofSeconds(1)));
			redis.kill();
			redis.start();

			var recorder = new Recorder("record", 0, Duration.ZERO);
			this.fixture.workers(this.fixture.broker(settings, "127.0.0.1", 26391), settings, recorder);
			await().atMost(Duration.ofSeconds(15)).until(() -> recorder.payloads.size() == 101);
			assertThat(recorder.payloads).doesNotHaveDuplicates();
		}
	}

}
