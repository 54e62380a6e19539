package com.adtopaper.jobqueue.internal;

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
import java.util.stream.Stream;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.QueueStats;
import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.EncodedJob;
import com.adtopaper.jobqueue.spi.JobBroker;

/**
 * The embedded default's queue: the same rules as Redis (leases, delays, unique keys,
 * retries, dead jobs), kept in the process. A job whose worker thread never finished is
 * delivered again after its lease, as Redis does for a dead node. What is queued is lost
 * when the process stops.
 */
final class LocalJobBroker implements JobBroker {

	private record Waiting(long runAt, Delivery delivery) {
	}

	private record Leased(Delivery delivery, long until) {
	}

	private record Dead(Delivery delivery, String error, Instant failedAt) {
	}

	private final Map<String, BlockingQueue<Delivery>> ready = new ConcurrentHashMap<>();

	private final PriorityQueue<Waiting> delayed = new PriorityQueue<>(Comparator.comparingLong(Waiting::runAt));

	private final Map<String, Leased> leased = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Dead>> dead = new ConcurrentHashMap<>();

	private final Map<String, String> unique = new ConcurrentHashMap<>();

	private final JobQueueSettings settings;

	private final Clock clock;

	LocalJobBroker(JobQueueSettings settings, Clock clock) {
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
	public String enqueue(EncodedJob job) {
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
	public List<String> enqueueAll(List<EncodedJob> jobs) {
		return jobs.stream().map(this::enqueue).toList();
	}

	@Override
	public void open(String queue) {
		ready(queue);
	}

	@Override
	public List<Delivery> take(String queue, int max, Duration wait) throws InterruptedException {
		List<Delivery> taken = new ArrayList<>();
		Delivery first = ready(queue).poll(wait.toMillis(), TimeUnit.MILLISECONDS);
		if (first != null) {
			taken.add(first);
			ready(queue).drainTo(taken, max - 1);
		}
		long until = this.clock.millis() + this.settings.lease().toMillis();
		List<Delivery> deliveries = new ArrayList<>(taken.size());
		for (Delivery delivery : taken) {
			// a ticket per delivery: a late answer about an earlier one changes nothing
			Delivery leasedOut = delivery.redelivered(UUID.randomUUID().toString(), 0);
			this.leased.put(leasedOut.ticket(), new Leased(leasedOut, until));
			deliveries.add(leasedOut);
		}
		return deliveries;
	}

	@Override
	public void done(String queue, List<Delivery> deliveries) {
		for (Delivery delivery : deliveries) {
			if (this.leased.remove(delivery.ticket()) != null && delivery.uniqueKey() != null) {
				this.unique.remove(delivery.uniqueKey(), delivery.id());
			}
		}
	}

	@Override
	public void failed(Delivery delivery, String error, Instant retryAt) {
		if (this.leased.remove(delivery.ticket()) != null) {
			synchronized (this.delayed) {
				this.delayed.add(new Waiting(retryAt.toEpochMilli(), delivery.nextAttempt()));
			}
		}
	}

	@Override
	public void dead(Delivery delivery, String error) {
		if (this.leased.remove(delivery.ticket()) == null) {
			return;
		}
		this.dead.computeIfAbsent(delivery.queue(), (q) -> new ConcurrentHashMap<>())
			.put(delivery.id(), new Dead(delivery, error, this.clock.instant()));
		if (delivery.uniqueKey() != null) {
			this.unique.remove(delivery.uniqueKey(), delivery.id());
		}
	}

	@Override
	public void extend(String queue, List<Delivery> running) {
		long until = this.clock.millis() + this.settings.lease().toMillis();
		running.forEach((d) -> this.leased.computeIfPresent(d.ticket(), (t, l) -> new Leased(l.delivery(), until)));
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
		for (Leased lease : List.copyOf(this.leased.values())) {
			if (lease.delivery().queue().equals(queue) && lease.until() <= now
					&& this.leased.remove(lease.delivery().ticket(), lease)) {
				ready(queue).add(lease.delivery().redelivered(lease.delivery().ticket(), 1));
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
			List<Delivery> running = this.leased.values()
				.stream()
				.map(Leased::delivery)
				.filter((d) -> d.queue().equals(queue))
				.toList();
			long oldest = Stream.concat(ready(queue).stream(), running.stream())
				.mapToLong(Delivery::enqueuedAt)
				.min()
				.orElse(this.clock.millis());
			stats.add(new QueueStats(queue, ready(queue).size() + running.size(), delayedCount,
					this.dead.getOrDefault(queue, Map.of()).size(),
					Duration.ofMillis(Math.max(0, this.clock.millis() - oldest))));
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
		ready(queue).add(removed.delivery().fresh(removed.delivery().id()));
		return true;
	}

	@Override
	public boolean discardDead(String queue, String jobId) {
		return this.dead.getOrDefault(queue, Map.of()).remove(jobId) != null;
	}

	@Override
	public void close() {
		this.ready.clear();
		this.leased.clear();
	}

}
