package com.adtopaper.jobqueue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.Job;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.JobQueueSettings.Queue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.jobqueue.internal.Recorder.Note;
import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.EncodedJob;
import com.adtopaper.jobqueue.spi.JobBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every {@link JobBroker} must do, with and without workers: each broker's tests
 * extend this class and say how to make a node on the same store and how a node dies. No
 * application runs; the jobs are the tests' own ({@link Recorder}).
 */
abstract class JobBrokerContractTests {

	protected final QueueFixture fixture = new QueueFixture();

	/** A node: a broker sharing the store with every other node of this test. */
	protected abstract JobBroker node(JobQueueSettings settings);

	/** The node dies without a word: what it took is neither acknowledged nor failed. */
	protected abstract void kill(JobBroker node);

	protected abstract JobQueueSettings.Store store();

	@AfterEach
	void close() throws Exception {
		this.fixture.close();
	}

	protected JobQueueSettings settings() {
		return settings(Duration.ofSeconds(2), 3);
	}

	protected JobQueueSettings settings(Duration lease, int maxAttempts) {
		return this.fixture.settings(store(), lease, maxAttempts, Map.of("test", new Queue(4)));
	}

	private static Job<Note> note(String text) {
		return Recorder.RECORD.with(new Note(text));
	}

	private static List<Delivery> takeDue(JobBroker broker) throws InterruptedException {
		broker.maintain("test");
		return broker.take("test", 10, Duration.ofMillis(100));
	}

	// the broker alone

	@Test
	void aJobIsDeliveredUntilItIsAcknowledgedAndAgainAfterItsWorkerDied() throws InterruptedException {
		var settings = settings();
		JobBroker dying = node(settings);
		dying.open("test");
		String id = QueueFixture.queue(dying).enqueue(note("orphan"));
		Delivery first = dying.take("test", 10, Duration.ofSeconds(1)).getFirst();
		assertThat(first.id()).isEqualTo(id);
		assertThat(first.type()).isEqualTo("test.record");
		assertThat(first.payload()).isEqualTo("{\"text\":\"orphan\"}");
		assertThat(first.attempt()).isEqualTo(1);
		kill(dying);

		JobBroker successor = node(settings);
		successor.open("test");
		assertThat(takeDue(successor)).as("still leased to the dead worker").isEmpty();
		Instant start = Instant.now();
		List<Delivery> again = new ArrayList<>();
		await().atMost(Duration.ofSeconds(10)).until(() -> again.addAll(takeDue(successor)));
		assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
		assertThat(again).singleElement().satisfies((delivery) -> {
			assertThat(delivery.id()).isEqualTo(id);
			assertThat(delivery.attempt()).as("the dead worker's delivery counts").isEqualTo(2);
		});
		successor.done("test", again);
		await().atMost(Duration.ofSeconds(5)).until(() -> successor.stats().getFirst().depth() == 0);
		assertThat(takeDue(successor)).isEmpty();
	}

	@Test
	void aLeaseExtendedInTimeKeepsTheJobWithItsWorker() throws InterruptedException {
		var settings = settings(Duration.ofSeconds(1), 3);
		JobBroker worker = node(settings);
		JobBroker other = node(settings);
		worker.open("test");
		other.open("test");
		QueueFixture.queue(worker).enqueue(note("long"));
		List<Delivery> running = worker.take("test", 1, Duration.ofSeconds(1));
		for (int i = 0; i < 6; i++) {
			Thread.sleep(400);
			worker.extend("test", running);
			assertThat(takeDue(other)).isEmpty();
		}
	}

	@Test
	void aFailedDeliveryComesBackAtItsRetryTimeAsTheNextAttempt() throws InterruptedException {
		JobBroker broker = node(settings());
		broker.open("test");
		QueueFixture.queue(broker).enqueue(note("flaky"));
		Delivery first = broker.take("test", 1, Duration.ofSeconds(1)).getFirst();
		Instant retryAt = Instant.now().plusMillis(1000);
		broker.failed(first, "boom", retryAt);
		assertThat(broker.stats().getFirst().delayed()).isEqualTo(1);
		assertThat(takeDue(broker)).isEmpty();
		List<Delivery> retried = new ArrayList<>();
		await().atMost(Duration.ofSeconds(5)).until(() -> retried.addAll(takeDue(broker)));
		assertThat(Instant.now()).isAfterOrEqualTo(retryAt);
		assertThat(retried).singleElement().satisfies((delivery) -> {
			assertThat(delivery.id()).isEqualTo(first.id());
			assertThat(delivery.attempt()).isEqualTo(2);
			assertThat(delivery.payload()).isEqualTo(first.payload());
		});
	}

	@Test
	void aDeadJobIsKeptWithItsLastErrorUntilRetriedOrDiscarded() throws InterruptedException {
		JobBroker broker = node(settings());
		broker.open("test");
		String id = QueueFixture.queue(broker).enqueue(note("hopeless"));
		broker.dead(broker.take("test", 1, Duration.ofSeconds(1)).getFirst(), "it cannot be done");

		DeadJob dead = broker.deadJobs("test", 10).getFirst();
		assertThat(dead.id()).isEqualTo(id);
		assertThat(dead.type()).isEqualTo("test.record");
		assertThat(dead.payload()).isEqualTo("{\"text\":\"hopeless\"}");
		assertThat(dead.attempts()).isEqualTo(1);
		assertThat(dead.lastError()).isEqualTo("it cannot be done");
		assertThat(broker.stats().getFirst().dead()).isEqualTo(1);
		assertThat(broker.stats().getFirst().depth()).isZero();

		assertThat(broker.retryDead("test", id)).isTrue();
		assertThat(broker.deadJobs("test", 10)).isEmpty();
		Delivery again = takeDue(broker).getFirst();
		assertThat(again.id()).isEqualTo(id);
		assertThat(again.attempt()).as("a fresh set of attempts").isEqualTo(1);
		broker.dead(again, "still not");
		assertThat(broker.discardDead("test", id)).isTrue();
		assertThat(broker.deadJobs("test", 10)).isEmpty();
		assertThat(broker.discardDead("test", id)).isFalse();
		assertThat(broker.retryDead("test", "no-such-job")).isFalse();
	}

	@Test
	void aDelayedJobIsNotDeliveredBeforeItsTime() throws InterruptedException {
		JobBroker broker = node(settings());
		broker.open("test");
		Instant runAt = Instant.now().plusMillis(1500);
		QueueFixture.queue(broker).enqueue(note("later").at(runAt));
		assertThat(broker.stats().getFirst().delayed()).isEqualTo(1);
		assertThat(takeDue(broker)).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> !takeDue(broker).isEmpty());
		assertThat(Instant.now()).isAfterOrEqualTo(runAt);
		assertThat(broker.stats().getFirst().delayed()).isZero();
	}

	@Test
	void aUniqueKeyHoldsWhileItsJobWaitsOrRunsAndIsFreedWhenItIsDoneOrDead() throws InterruptedException {
		JobBroker broker = node(settings());
		JobQueue jobs = QueueFixture.queue(broker);
		broker.open("test");
		String first = jobs.enqueue(note("one").unique("day:1"));
		assertThat(jobs.enqueue(note("two").unique("day:1"))).as("waiting").isEqualTo(first);
		assertThat(jobs.enqueueAll(List.of(note("three").unique("day:1"), note("four")))).first().isEqualTo(first);
		List<Delivery> taken = new ArrayList<>(broker.take("test", 10, Duration.ofSeconds(1)));
		assertThat(taken).extracting(Delivery::payload).contains("{\"text\":\"one\"}").hasSize(2);
		assertThat(jobs.enqueue(note("five").unique("day:1"))).as("running").isEqualTo(first);
		broker.done("test", taken);
		String second = jobs.enqueue(note("six").unique("day:1"));
		assertThat(second).as("done").isNotEqualTo(first);
		broker.dead(broker.take("test", 1, Duration.ofSeconds(1)).getFirst(), "dead");
		assertThat(jobs.enqueue(note("seven").unique("day:1"))).as("dead").isNotIn(first, second);
	}

	@Test
	void statsCountWaitingRunningDelayedAndDeadJobsAndTheOldestAge() throws InterruptedException {
		JobBroker broker = node(settings());
		JobQueue jobs = QueueFixture.queue(broker);
		broker.open("test");
		jobs.enqueueAll(List.of(note("a"), note("b"), note("c")));
		jobs.enqueue(note("later").in(Duration.ofMinutes(5)));
		List<Delivery> taken = broker.take("test", 2, Duration.ofSeconds(1));
		Thread.sleep(300);
		broker.dead(taken.get(1), "dead");
		var stats = broker.stats().getFirst();
		assertThat(stats.queue()).isEqualTo("test");
		assertThat(stats.depth()).as("one waiting, one running").isEqualTo(2);
		assertThat(stats.delayed()).isEqualTo(1);
		assertThat(stats.dead()).isEqualTo(1);
		assertThat(stats.oldestAge()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
	}

	// with workers

	@Test
	void enqueuedJobsRunOnceAndLeaveTheQueue() {
		var settings = settings();
		JobBroker broker = node(settings);
		var recorder = new Recorder(Recorder.RECORD, 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		List<Job<Note>> jobs = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			jobs.add(note("job-" + i));
		}
		QueueFixture.queue(broker).enqueueAll(jobs);
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.texts.size() == 50);
		assertThat(recorder.texts).doesNotHaveDuplicates();
		await().atMost(Duration.ofSeconds(5)).until(() -> broker.stats().getFirst().depth() == 0);
		assertThat(this.fixture.counted("test", "processed")).isEqualTo(50);
	}

	@Test
	void aFailingJobIsRetriedWithBackoffThenDeadWithItsLastErrorAndCanBeRetriedByHand() {
		var settings = settings();
		JobBroker broker = node(settings);
		var flaky = new Recorder(Recorder.type("test", "test.flaky"), 1, Duration.ZERO);
		var hopeless = new Recorder(Recorder.type("test", "test.hopeless"), 99, Duration.ZERO);
		this.fixture.workers(broker, settings, flaky, hopeless);
		JobQueue jobs = QueueFixture.queue(broker);

		jobs.enqueue(flaky.type, new Note("recovers"));
		String dead = jobs.enqueue(hopeless.type, new Note("never"));
		await().atMost(Duration.ofSeconds(10)).until(() -> flaky.texts.contains("recovers"));
		await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadJobs("test", 10).size() == 1);

		DeadJob job = broker.deadJobs("test", 10).getFirst();
		assertThat(job.id()).isEqualTo(dead);
		assertThat(job.attempts()).isEqualTo(3);
		assertThat(job.lastError()).contains("attempt 3 of never fails");
		assertThat(broker.stats().getFirst().dead()).isEqualTo(1);
		assertThat(this.fixture.counted("test", "retried")).as("1 + 2").isEqualTo(3);
		assertThat(this.fixture.counted("test", "failed")).as("1 + 3").isEqualTo(4);
		assertThat(this.fixture.counted("test", "dead")).isEqualTo(1);

		assertThat(broker.retryDead("test", dead)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadJobs("test", 10).size() == 1);
		assertThat(broker.discardDead("test", dead)).isTrue();
		assertThat(broker.deadJobs("test", 10)).isEmpty();
	}

	@Test
	void aDelayedJobRunsNoEarlierThanItsTime() {
		var settings = settings();
		JobBroker broker = node(settings);
		var recorder = new Recorder(Recorder.RECORD, 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		Instant runAt = Instant.now().plusMillis(1500);
		QueueFixture.queue(broker).enqueue(note("later").at(runAt));
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.ranAt.containsKey("later"));
		assertThat(recorder.ranAt.get("later")).isAfterOrEqualTo(runAt);
	}

	@Test
	void aUniqueJobRunsOnceUntilItIsDone() {
		var settings = settings();
		JobBroker broker = node(settings);
		JobQueue jobs = QueueFixture.queue(broker);
		String first = jobs.enqueue(note("one").unique("morning:2026-11-22"));
		assertThat(jobs.enqueue(note("two").unique("morning:2026-11-22"))).isEqualTo(first);

		var recorder = new Recorder(Recorder.RECORD, 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.texts.size() == 1);
		assertThat(recorder.texts).containsExactly("one");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> !jobs.enqueue(note("three").unique("morning:2026-11-22")).equals(first));
	}

	@Test
	void eachQueueHasItsOwnConcurrency() {
		var settings = this.fixture.settings(store(), Duration.ofSeconds(2), 3,
				Map.of("slow", new Queue(1), "wide", new Queue(4)));
		JobBroker broker = node(settings);
		var one = new Recorder(Recorder.type("slow", "test.one-at-a-time"), 0, Duration.ofMillis(100));
		var four = new Recorder(Recorder.type("wide", "test.four-at-a-time"), 0, Duration.ofMillis(100));
		this.fixture.workers(broker, settings, one, four);
		List<Job<Note>> jobs = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			jobs.add(one.type.with(new Note("s" + i)));
			jobs.add(four.type.with(new Note("w" + i)));
		}
		QueueFixture.queue(broker).enqueueAll(jobs);
		await().atMost(Duration.ofSeconds(10)).until(() -> one.texts.size() == 8 && four.texts.size() == 8);
		assertThat(one.mostAtOnce).hasValue(1);
		assertThat(four.mostAtOnce.get()).isBetween(2, 4);
	}

	@Test
	void aJobHeldByAWorkerThatDiedIsRunAfterTheLease() throws InterruptedException {
		var settings = settings();
		JobBroker dying = node(settings);
		dying.open("test");
		QueueFixture.queue(dying).enqueue(note("orphan"));
		assertThat(dying.take("test", 10, Duration.ofSeconds(1))).hasSize(1);
		kill(dying);

		var recorder = new Recorder(Recorder.RECORD, 0, Duration.ZERO);
		Instant start = Instant.now();
		this.fixture.workers(node(settings), settings, recorder);
		await().atMost(Duration.ofSeconds(10)).until(() -> recorder.texts.contains("orphan"));
		assertThat(Duration.between(start, recorder.ranAt.get("orphan")))
			.isGreaterThanOrEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void aLongJobKeepsItsLeaseAndIsNotTakenByAnotherWorker() {
		var settings = settings();
		var slow = new Recorder(Recorder.type("test", "test.slow"), 0, Duration.ofSeconds(6));
		var other = new Recorder(Recorder.type("test", "test.slow"), 0, Duration.ofSeconds(6));
		JobBroker first = node(settings);
		this.fixture.workers(first, settings, slow);
		QueueFixture.queue(first).enqueue(slow.type, new Note("long"));
		await().atMost(Duration.ofSeconds(5)).until(() -> slow.running.get() == 1);
		this.fixture.workers(node(settings), settings, other);

		await().atMost(Duration.ofSeconds(15)).until(() -> slow.texts.contains("long"));
		assertThat(other.texts).isEmpty();
		assertThat(other.mostAtOnce).hasValue(0);
	}

	@Test
	void aJobThatKeepsKillingItsWorkersEndsDead() throws InterruptedException {
		var settings = settings(Duration.ofMillis(300), 2);
		JobBroker broker = node(settings);
		broker.open("test");
		QueueFixture.queue(broker).enqueue(note("poison"));
		for (int i = 0; i < 3; i++) {
			// a worker takes it and dies
			JobBroker victim = node(settings);
			await().atMost(Duration.ofSeconds(5)).until(() -> !takeDue(victim).isEmpty());
			kill(victim);
			Thread.sleep(400);
		}
		var recorder = new Recorder(Recorder.RECORD, 0, Duration.ZERO);
		this.fixture.workers(broker, settings, recorder);
		await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadJobs("test", 10).size() == 1);
		assertThat(recorder.texts).isEmpty();
		assertThat(broker.deadJobs("test", 10).getFirst().lastError()).contains("without finishing");
	}

	@Test
	void stoppingFinishesRunningJobsAndLeavesTheRestForAnotherWorker() {
		var settings = settings();
		JobBroker broker = node(settings);
		var recorder = new Recorder(Recorder.RECORD, 0, Duration.ofMillis(500));
		JobWorkers workers = this.fixture.workers(broker, settings, recorder);
		List<Job<Note>> jobs = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			jobs.add(note("job-" + i));
		}
		QueueFixture.queue(broker).enqueueAll(jobs);
		await().atMost(Duration.ofSeconds(5)).until(() -> recorder.running.get() > 0);
		workers.stop();
		int finished = recorder.texts.size();
		assertThat(recorder.running).hasValue(0);
		assertThat(finished).isLessThan(12);

		var successor = new Recorder(Recorder.RECORD, 0, Duration.ZERO);
		this.fixture.workers(node(settings), settings, successor);
		await().atMost(Duration.ofSeconds(15)).until(() -> recorder.texts.size() + successor.texts.size() >= 12);
		Set<String> all = new HashSet<>(recorder.texts);
		all.addAll(successor.texts);
		assertThat(all).hasSize(12);
	}

	@Test
	void aHandlerGetsItsPayloadRecordAndAPayloadOfAnotherShapeIsDeadAtOnce() {
		record Range(String day, long from, long to) {
		}
		JobType<Range> type = JobType.of("test", "test.range", Range.class);
		var settings = settings();
		JobBroker broker = node(settings);
		List<Range> ranges = new CopyOnWriteArrayList<>();
		this.fixture.workers(broker, settings, JobHandler.of(type, (range, job) -> ranges.add(range)));
		QueueFixture.queue(broker).enqueue(type, new Range("2031-04-01", 1, 1001));
		// what jobs looked like before they were typed
		String old = broker.enqueue(EncodedJob.of("test", "test.range", "2031-04-01|1|1001"));
		await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadJobs("test", 10).size() == 1);
		assertThat(ranges).containsExactly(new Range("2031-04-01", 1, 1001));
		DeadJob dead = broker.deadJobs("test", 10).getFirst();
		assertThat(dead.id()).isEqualTo(old);
		assertThat(dead.attempts()).as("not retried").isEqualTo(1);
		assertThat(dead.lastError()).contains("payload is no Range");
	}

}
