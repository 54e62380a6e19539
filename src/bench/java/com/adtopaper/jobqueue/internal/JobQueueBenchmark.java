package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.adtopaper.TestServers;
import com.adtopaper.jobqueue.Job;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.jobqueue.spi.JobBroker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * No-op jobs through Redis on this machine: each measured run enqueues 100,000 jobs
 * (pipelined, in batches of 1,000) while one node's workers take and acknowledge them,
 * and ends when the last one has run. Jobs per second = 100,000 / the time per run. Run
 * with {@code ./mvnw -Pbenchmark verify -Dbenchmark=JobQueueBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class JobQueueBenchmark {

	static final int JOBS = 100_000;

	record Noop() {
	}

	static final JobType<Noop> NOOP = JobType.of("bench", "noop", Noop.class);

	private final LongAdder processed = new LongAdder();

	private JobQueue jobs;

	private JobBroker producer;

	private JobBroker consumer;

	private JobWorkers workers;

	@Setup(Level.Trial)
	public void start() {
		var settings = new JobQueueSettings(JobQueueSettings.Store.REDIS, "bench-" + System.nanoTime(),
				Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(10),
				Map.of("bench", new JobQueueSettings.Queue(256)), true);
		var redis = TestServers.find();
		this.producer = new RedisJobBroker(RedisClient.create(RedisURI.create(redis.redisHost(), redis.redisPort())),
				settings, Clock.systemUTC());
		this.consumer = new RedisJobBroker(RedisClient.create(RedisURI.create(redis.redisHost(), redis.redisPort())),
				settings, Clock.systemUTC());
		this.jobs = QueueFixture.queue(this.producer);
		JobHandler<Noop> noop = JobHandler.of(NOOP, (payload, job) -> this.processed.increment());
		var metrics = new QueueMetrics(new SimpleMeterRegistry(), settings.queues().keySet());
		this.workers = new JobWorkers(this.consumer,
				new JobRunner(this.consumer, List.of(noop), new JsonJobCodec(), settings, metrics, Clock.systemUTC()),
				settings, metrics);
		this.workers.start();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.workers.stop();
		this.producer.close();
		this.consumer.close();
	}

	@Benchmark
	public long enqueueAndRun100k() throws InterruptedException {
		long target = this.processed.sum() + JOBS;
		List<Job<Noop>> batch = new ArrayList<>(1000);
		for (int i = 0; i < JOBS; i++) {
			batch.add(NOOP.with(new Noop()));
			if (batch.size() == 1000) {
				this.jobs.enqueueAll(batch);
				batch.clear();
			}
		}
		while (this.processed.sum() < target) {
			Thread.sleep(1);
		}
		return this.processed.sum();
	}

}
