package com.adtopaper.platform.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.platform.queue.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The workers of a node with the {@code worker} role: per queue, a poller that takes as
 * many jobs as there are free slots, handlers on virtual threads, an acknowledger that
 * batches, and housekeeping (leases of running jobs, due delayed jobs, jobs of dead
 * workers). Stopping finishes running jobs within the shutdown timeout and leaves the
 * rest to be redelivered.
 */
final class JobWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

	private final JobBroker broker;

	private final Map<String, JobHandler> handlers;

	private final QueueSettings settings;

	private final QueueMetrics metrics;

	private final Clock clock;

	private final List<QueueWorker> workers = new ArrayList<>();

	private volatile boolean running;

	JobWorkers(JobBroker broker, List<JobHandler> handlers, QueueSettings settings, QueueMetrics metrics, Clock clock) {
		this.broker = broker;
		this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity()));
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public void start() {
		this.settings.queues().forEach((queue, config) -> {
			this.broker.open(queue);
			var worker = new QueueWorker(queue, config.concurrency());
			this.workers.add(worker);
			worker.start();
		});
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.workers.forEach(QueueWorker::stopTaking);
		long deadline = System.nanoTime() + this.settings.shutdownTimeout().toNanos();
		for (QueueWorker worker : this.workers) {
			worker.finish(deadline);
		}
		this.workers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// stop before the web server and the data sources go
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private final class QueueWorker {

		private final String queue;

		private final Semaphore slots;

		private final int concurrency;

		private final Set<Delivery> inFlight = ConcurrentHashMap.newKeySet();

		private final BlockingQueue<Delivery> acks = new LinkedBlockingQueue<>();

		private final ExecutorService handlerThreads;

		private final ScheduledExecutorService housekeeping;

		private final Thread poller;

		private final Thread acker;

		private volatile boolean taking = true;

		private volatile boolean acking = true;

		QueueWorker(String queue, int concurrency) {
			this.queue = queue;
			this.concurrency = concurrency;
			this.slots = new Semaphore(concurrency);
			this.handlerThreads = Executors
				.newThreadPerTaskExecutor(Thread.ofVirtual().name("job-" + queue + "-", 0).factory());
			this.housekeeping = Executors.newSingleThreadScheduledExecutor(
					Thread.ofPlatform().daemon().name("jobs-" + queue + "-housekeeping").factory());
			this.poller = Thread.ofPlatform().daemon().name("jobs-" + queue + "-poller").unstarted(this::poll);
			this.acker = Thread.ofPlatform().daemon().name("jobs-" + queue + "-acker").unstarted(this::acknowledge);
		}

		void start() {
			this.poller.start();
			this.acker.start();
			long leaseMillis = JobWorkers.this.broker.lease().toMillis();
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
						deliveries = JobWorkers.this.broker.take(this.queue, free, Duration.ofSeconds(1));
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
				JobHandler handler = JobWorkers.this.handlers.get(delivery.type());
				if (handler == null) {
					buried(delivery, "No handler for job type " + delivery.type());
				}
				else if (delivery.attempt() > delivery.maxAttempts()) {
					buried(delivery, "Delivered " + delivery.attempt() + " times without finishing (its workers died)");
				}
				else {
					handler.handle(delivery);
					this.acks.add(delivery);
					JobWorkers.this.metrics.count(this.queue, "processed");
				}
			}
			catch (Throwable ex) {
				failed(delivery, ex);
			}
			finally {
				this.inFlight.remove(delivery);
				this.slots.release();
			}
		}

		private void failed(Delivery delivery, Throwable ex) {
			String error = ex.getClass().getName() + ": " + ex.getMessage();
			error = (error.length() > 2000) ? error.substring(0, 2000) : error;
			JobWorkers.this.metrics.count(this.queue, "failed");
			try {
				if (delivery.attempt() >= delivery.maxAttempts()) {
					buried(delivery, error);
				}
				else {
					Duration wait = Backoff.after(delivery.attempt(), JobWorkers.this.settings.backoff(),
							JobWorkers.this.settings.maxBackoff());
					JobWorkers.this.broker.failed(delivery, error, JobWorkers.this.clock.instant().plus(wait));
					JobWorkers.this.metrics.count(this.queue, "retried");
				}
			}
			catch (RuntimeException brokerFailure) {
				// the delivery stays leased and comes back after the lease: it will be
				// tried again
				log.warn("Could not record the failure of job {}", delivery.id(), brokerFailure);
			}
		}

		private void buried(Delivery delivery, String error) {
			JobWorkers.this.broker.dead(delivery, error);
			JobWorkers.this.metrics.count(this.queue, "dead");
			log.warn("Job {} ({}) is dead after {} attempt(s): {}", delivery.id(), delivery.type(), delivery.attempt(),
					error);
		}

		private void acknowledge() {
			List<Delivery> batch = new ArrayList<>();
			while (this.acking || !this.acks.isEmpty()) {
				try {
					Delivery first = this.acks.poll(100, TimeUnit.MILLISECONDS);
					if (first == null) {
						continue;
					}
					batch.add(first);
					this.acks.drainTo(batch, 999);
					JobWorkers.this.broker.done(this.queue, batch);
					batch.clear();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					// not acknowledged: these jobs run again after their lease, which
					// handlers allow for
					log.warn("Could not acknowledge {} job(s) of {}", batch.size(), this.queue, ex);
					batch.clear();
				}
			}
		}

		private void keepLeases() {
			quietly(() -> JobWorkers.this.broker.extend(this.queue, List.copyOf(this.inFlight)));
		}

		private void maintain() {
			quietly(() -> JobWorkers.this.broker.maintain(this.queue));
		}

		private void observe() {
			quietly(() -> JobWorkers.this.metrics.observed(JobWorkers.this.broker.stats()));
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

		void finish(long deadline) {
			joinQuietly(this.poller, deadline);
			while (!this.inFlight.isEmpty() && System.nanoTime() < deadline) {
				sleep(20);
			}
			if (!this.inFlight.isEmpty()) {
				log.warn("{} job(s) of {} still running at shutdown; they will be delivered again",
						this.inFlight.size(), this.queue);
			}
			this.handlerThreads.shutdownNow();
			this.acking = false;
			joinQuietly(this.acker, deadline + TimeUnit.SECONDS.toNanos(5));
			this.housekeeping.shutdownNow();
		}

		private void joinQuietly(Thread thread, long deadline) {
			try {
				thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
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
