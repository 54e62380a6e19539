package com.adtopaper.platform.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.adtopaper.TestServers;
import com.adtopaper.platform.queue.JobHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** Brokers and workers wired by hand, each test with keys of its own. */
final class QueueFixture implements AutoCloseable {

	final String prefix = TestServers.RUN + ":queue-" + UUID.randomUUID().toString().substring(0, 8);

	private final List<AutoCloseable> open = new ArrayList<>();

	static QueueSettings settings(String prefix, QueueSettings.Store store, Duration lease, int maxAttempts,
			Map<String, QueueSettings.Queue> queues) {
		return new QueueSettings(store, prefix, lease, maxAttempts, Duration.ofMillis(100), Duration.ofMillis(400),
				Duration.ofSeconds(5), queues);
	}

	QueueSettings settings(QueueSettings.Store store, Duration lease, int maxAttempts,
			Map<String, QueueSettings.Queue> queues) {
		return settings(this.prefix, store, lease, maxAttempts, queues);
	}

	JobBroker broker(QueueSettings settings) {
		return broker(settings, TestServers.get().redisHost(), TestServers.get().redisPort());
	}

	JobBroker broker(QueueSettings settings, String host, int port) {
		JobBroker broker = (settings.store() == QueueSettings.Store.REDIS)
				? new RedisJobBroker(RedisClient.create(RedisURI.create(host, port)), settings,
						JsonMapper.builder().build(), Clock.systemUTC())
				: new LocalJobBroker(settings, Clock.systemUTC());
		this.open.add(broker);
		return broker;
	}

	JobWorkers workers(JobBroker broker, QueueSettings settings, JobHandler... handlers) {
		var workers = new JobWorkers(broker, List.of(handlers), settings,
				new QueueMetrics(new SimpleMeterRegistry(), settings.queues().keySet()), Clock.systemUTC());
		workers.start();
		this.open.add(() -> {
			if (workers.isRunning()) {
				workers.stop();
			}
		});
		return workers;
	}

	@Override
	public void close() throws Exception {
		for (int i = this.open.size() - 1; i >= 0; i--) {
			this.open.get(i).close();
		}
	}

}
