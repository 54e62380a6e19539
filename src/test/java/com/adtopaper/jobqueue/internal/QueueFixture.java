package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.adtopaper.TestServers;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.spi.JobBroker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Brokers and workers wired by hand, no application; each test with keys of its own. */
final class QueueFixture implements AutoCloseable {

	final String prefix = TestServers.RUN + ":queue-" + UUID.randomUUID().toString().substring(0, 8);

	/** The meters of every node's workers. */
	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final List<AutoCloseable> open = new ArrayList<>();

	static JobQueueSettings settings(String prefix, JobQueueSettings.Store store, Duration lease, int maxAttempts,
			Map<String, JobQueueSettings.Queue> queues) {
		return new JobQueueSettings(store, prefix, lease, maxAttempts, Duration.ofMillis(100), Duration.ofMillis(400),
				Duration.ofSeconds(5), queues, true);
	}

	JobQueueSettings settings(JobQueueSettings.Store store, Duration lease, int maxAttempts,
			Map<String, JobQueueSettings.Queue> queues) {
		return settings(this.prefix, store, lease, maxAttempts, queues);
	}

	/** A Redis broker on the test servers' Redis. */
	JobBroker redis(JobQueueSettings settings) {
		return redis(settings, TestServers.find().redisHost(), TestServers.find().redisPort());
	}

	JobBroker redis(JobQueueSettings settings, String host, int port) {
		return closing(
				new RedisJobBroker(RedisClient.create(RedisURI.create(host, port)), settings, Clock.systemUTC()));
	}

	JobBroker local(JobQueueSettings settings) {
		return closing(new LocalJobBroker(settings, Clock.systemUTC()));
	}

	private JobBroker closing(JobBroker broker) {
		this.open.add(broker);
		return broker;
	}

	/** The typed queue the application would see on the broker. */
	static JobQueue queue(JobBroker broker) {
		return new BrokerJobQueue(broker, new JsonJobCodec());
	}

	JobWorkers workers(JobBroker broker, JobQueueSettings settings, JobHandler<?>... handlers) {
		var metrics = new QueueMetrics(this.registry, settings.queues().keySet());
		var runner = new JobRunner(broker, List.of(handlers), new JsonJobCodec(), settings, metrics, Clock.systemUTC());
		var workers = new JobWorkers(broker, runner, settings, metrics);
		workers.start();
		this.open.add(() -> {
			if (workers.isRunning()) {
				workers.stop();
			}
		});
		return workers;
	}

	/** Jobs of a queue counted with an outcome, on every node. */
	double counted(String queue, String outcome) {
		return this.registry.find("adtopaper.queue.jobs")
			.tag("queue", queue)
			.tag("outcome", outcome)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	@Override
	public void close() throws Exception {
		for (int i = this.open.size() - 1; i >= 0; i--) {
			this.open.get(i).close();
		}
	}

}
