package com.adtopaper.jobqueue.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.adtopaper.jobqueue.QueueStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code adtopaper.queue.jobs} counted by queue and outcome (processed, failed, retried,
 * dead) on this node; depth, delayed, dead and the oldest job's age as gauges from the
 * last look at the broker, shared by all nodes.
 */
final class QueueMetrics {

	private final MeterRegistry registry;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private volatile Map<String, QueueStats> stats = Map.of();

	QueueMetrics(MeterRegistry registry, Iterable<String> queues) {
		this.registry = registry;
		for (String queue : queues) {
			Gauge.builder("adtopaper.queue.depth", () -> stat(queue).depth()).tag("queue", queue).register(registry);
			Gauge.builder("adtopaper.queue.delayed", () -> stat(queue).delayed())
				.tag("queue", queue)
				.register(registry);
			Gauge.builder("adtopaper.queue.dead", () -> stat(queue).dead()).tag("queue", queue).register(registry);
			Gauge.builder("adtopaper.queue.oldest.age", () -> stat(queue).oldestAge().toMillis() / 1000.0)
				.tag("queue", queue)
				.baseUnit("seconds")
				.register(registry);
		}
	}

	private QueueStats stat(String queue) {
		return this.stats.getOrDefault(queue, new QueueStats(queue, 0, 0, 0, Duration.ZERO));
	}

	void observed(List<QueueStats> stats) {
		var byQueue = new ConcurrentHashMap<String, QueueStats>();
		stats.forEach((s) -> byQueue.put(s.queue(), s));
		this.stats = byQueue;
	}

	void count(String queue, String outcome) {
		this.counters
			.computeIfAbsent(queue + "/" + outcome,
					(k) -> Counter.builder("adtopaper.queue.jobs")
						.tag("queue", queue)
						.tag("outcome", outcome)
						.register(this.registry))
			.increment();
	}

}
