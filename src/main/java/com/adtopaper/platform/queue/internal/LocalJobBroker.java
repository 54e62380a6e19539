package com.adtopaper.platform.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.adtopaper.platform.queue.DeadJob;
import com.adtopaper.platform.queue.Job;
import com.adtopaper.platform.queue.QueueStats;

/**
 * The embedded default's queue: the same rules as Redis (delays, unique keys, retries,
 * dead jobs), kept in the process. What is queued is lost when the process stops.
 */
final class LocalJobBroker implements JobBroker {

	private record Waiting(long runAt, Delivery delivery) {
	}

	private record Dead(Delivery delivery, String error, Instant failedAt) {
	}

	private final Map<String, BlockingQueue<Delivery>> ready = new ConcurrentHashMap<>();

	private final PriorityQueue<Waiting> delayed = new PriorityQueue<>(Comparator.comparingLong(Waiting::runAt));

	private final Map<String, Map<String, Dead>> dead = new ConcurrentHashMap<>();

	private final Map<String, String> unique = new ConcurrentHashMap<>();

	private final QueueSettings settings;

	private final Clock clock;

	LocalJobBroker(QueueSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	private BlockingQueue<Delivery> ready(String queue) {
		return this.ready.computeIfAbsent(queue, (q) -> new LinkedBlockingQueue<>());
	}

	@Override
	public Duration lease() {
		return this.settings.lease();
	}

	@Override
	public String enqueue(Job job) {
		String id = UUID.randomUUID().toString();
		if (job.uniqueKey() != null) {
			String existing = this.unique.putIfAbsent(job.uniqueKey(), id);
			if (existing != null) {
				return existing;
			}
		}
		var delivery = new Delivery(id, id, job.queue(), job.type(), job.payload(), 1,
				(job.maxAttempts() > 0) ? job.maxAttempts() : this.settings.maxAttempts(), job.uniqueKey(),
				this.clock.millis());
		if (job.runAt() != null && job.runAt().isAfter(this.clock.instant())) {
			synchronized (this.delayed) {
				this.delayed.add(new Waiting(job.runAt().toEpochMilli(), delivery));
			}
		}
		else {
			ready(job.queue()).add(delivery);
		}
		return id;
	}

	@Override
	public List<String> enqueueAll(List<Job> jobs) {
		return jobs.stream().map(this::enqueue).toList();
	}

	@Override
	public void open(String queue) {
		ready(queue);
	}

	@Override
	public List<Delivery> take(String queue, int max, Duration wait) throws InterruptedException {
		List<Delivery> deliveries = new ArrayList<>();
		Delivery first = ready(queue).poll(wait.toMillis(), TimeUnit.MILLISECONDS);
		if (first != null) {
			deliveries.add(first);
			ready(queue).drainTo(deliveries, max - 1);
		}
		return deliveries;
	}

	@Override
	public void done(String queue, List<Delivery> deliveries) {
		deliveries.stream()
			.filter((d) -> d.uniqueKey() != null)
			.forEach((d) -> this.unique.remove(d.uniqueKey(), d.id()));
	}

	@Override
	public void failed(Delivery delivery, String error, Instant retryAt) {
		synchronized (this.delayed) {
			this.delayed.add(new Waiting(retryAt.toEpochMilli(), delivery.nextAttempt()));
		}
	}

	@Override
	public void dead(Delivery delivery, String error) {
		this.dead.computeIfAbsent(delivery.queue(), (q) -> new ConcurrentHashMap<>())
			.put(delivery.id(), new Dead(delivery, error, this.clock.instant()));
		if (delivery.uniqueKey() != null) {
			this.unique.remove(delivery.uniqueKey(), delivery.id());
		}
	}

	@Override
	public void extend(String queue, List<Delivery> running) {
		// nothing to extend: in one process a job is never taken from a worker
	}

	@Override
	public void maintain(String queue) {
		long now = this.clock.millis();
		synchronized (this.delayed) {
			while (!this.delayed.isEmpty() && this.delayed.peek().runAt() <= now) {
				Delivery due = this.delayed.poll().delivery();
				ready(due.queue()).add(due);
			}
		}
	}

	@Override
	public List<QueueStats> stats() {
		List<QueueStats> stats = new ArrayList<>();
		for (String queue : this.settings.queues().keySet()) {
			long delayedCount;
			synchronized (this.delayed) {
				delayedCount = this.delayed.stream().filter((w) -> w.delivery().queue().equals(queue)).count();
			}
			Delivery oldest = ready(queue).peek();
			stats.add(new QueueStats(queue, ready(queue).size(), delayedCount,
					this.dead.getOrDefault(queue, Map.of()).size(),
					(oldest != null) ? Duration.ofMillis(Math.max(0, this.clock.millis() - oldest.enqueuedAt()))
							: Duration.ZERO));
		}
		return stats;
	}

	@Override
	public List<DeadJob> deadJobs(String queue, int limit) {
		return this.dead.getOrDefault(queue, Map.of())
			.values()
			.stream()
			.sorted(Comparator.comparing(Dead::failedAt))
			.limit(limit)
			.map((d) -> new DeadJob(d.delivery().id(), queue, d.delivery().type(), d.delivery().payload(),
					d.delivery().attempt(), d.error(), d.failedAt()))
			.toList();
	}

	@Override
	public boolean retryDead(String queue, String jobId) {
		Dead removed = this.dead.getOrDefault(queue, Map.of()).remove(jobId);
		if (removed == null) {
			return false;
		}
		Delivery d = removed.delivery();
		ready(queue).add(new Delivery(d.id(), d.id(), d.queue(), d.type(), d.payload(), 1, d.maxAttempts(),
				d.uniqueKey(), d.enqueuedAt()));
		return true;
	}

	@Override
	public boolean discardDead(String queue, String jobId) {
		return this.dead.getOrDefault(queue, Map.of()).remove(jobId) != null;
	}

	@Override
	public void close() {
		this.ready.clear();
	}

}
