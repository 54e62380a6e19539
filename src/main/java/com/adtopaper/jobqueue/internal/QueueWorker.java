package com.adtopaper.jobqueue.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.JobBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workers of one queue on one node: a poller that takes as many jobs as there are
 * free slots, handlers on virtual threads, an acknowledger that batches, and housekeeping
 * (leases of running jobs, due delayed jobs, jobs of dead workers, the queue's numbers).
 */
final class QueueWorker {

	private static final Logger log = LoggerFactory.getLogger(QueueWorker.class);

	private final String queue;

	private final JobBroker broker;

	private final JobRunner runner;

	private final QueueMetrics metrics;

	private final Semaphore slots;

	private final Set<Delivery> inFlight = ConcurrentHashMap.newKeySet();

	private final Acknowledger acks;

	private final ExecutorService handlerThreads;

	private final ScheduledExecutorService housekeeping;

	private final Thread poller;

	private volatile boolean taking = true;

	QueueWorker(String queue, int concurrency, JobBroker broker, JobRunner runner, QueueMetrics metrics) {
		this.queue = queue;
		this.broker = broker;
		this.runner = runner;
		this.metrics = metrics;
		this.slots = new Semaphore(concurrency);
		this.acks = new Acknowledger(queue, broker);
		this.handlerThreads = Executors
			.newThreadPerTaskExecutor(Thread.ofVirtual().name("job-" + queue + "-", 0).factory());
		this.housekeeping = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("jobs-" + queue + "-housekeeping").factory());
		this.poller = Thread.ofPlatform().daemon().name("jobs-" + queue + "-poller").unstarted(this::poll);
	}

	void start() {
		this.poller.start();
		this.acks.start();
		long leaseMillis = this.broker.lease().toMillis();
		this.housekeeping.scheduleWithFixedDelay(this::keepLeases, leaseMillis / 3, leaseMillis / 3,
				TimeUnit.MILLISECONDS);
		this.housekeeping.scheduleWithFixedDelay(this::maintain, 200, 250, TimeUnit.MILLISECONDS);
		this.housekeeping.scheduleWithFixedDelay(this::observe, 0, 5, TimeUnit.SECONDS);
	}

	private void poll() {
		while (this.taking) {
			try {
				this.slots.acquire();
				int free = 1 + this.slots.drainPermits();
				List<Delivery> deliveries = List.of();
				try {
					deliveries = this.broker.take(this.queue, free, Duration.ofSeconds(1));
				}
				finally {
					this.slots.release(free - deliveries.size());
				}
				for (Delivery delivery : deliveries) {
					this.inFlight.add(delivery);
					this.handlerThreads.execute(() -> run(delivery));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (this.taking) {
					log.warn("Taking jobs from {} failed; trying again in a second", this.queue, ex);
					sleep(1000);
				}
			}
		}
	}

	private void run(Delivery delivery) {
		try {
			if (this.runner.run(delivery)) {
				this.acks.add(delivery);
			}
		}
		finally {
			this.inFlight.remove(delivery);
			this.slots.release();
		}
	}

	private void keepLeases() {
		quietly(() -> this.broker.extend(this.queue, List.copyOf(this.inFlight)));
	}

	private void maintain() {
		quietly(() -> this.broker.maintain(this.queue));
	}

	private void observe() {
		quietly(() -> this.metrics.observed(this.broker.stats()));
	}

	private void quietly(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.warn("Queue housekeeping of {} failed", this.queue, ex);
		}
	}

	void stopTaking() {
		this.taking = false;
	}

	/**
	 * Lets running jobs finish until {@code deadline} (of {@link System#nanoTime()});
	 * what still runs then is delivered again after its lease.
	 */
	void finish(long deadline) {
		join(this.poller, deadline);
		while (!this.inFlight.isEmpty() && System.nanoTime() < deadline) {
			sleep(20);
		}
		if (!this.inFlight.isEmpty()) {
			log.warn("{} job(s) of {} still running at shutdown; they will be delivered again", this.inFlight.size(),
					this.queue);
		}
		this.handlerThreads.shutdownNow();
		this.acks.finish(deadline + TimeUnit.SECONDS.toNanos(5));
		this.housekeeping.shutdownNow();
	}

	static void join(Thread thread, long deadline) {
		try {
			thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
