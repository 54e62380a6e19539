package com.adtopaper.jobqueue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.JobBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges the finished jobs of one queue in batches, on a thread of its own: one
 * round trip for up to a thousand jobs.
 */
final class Acknowledger {

	private static final Logger log = LoggerFactory.getLogger(Acknowledger.class);

	private final String queue;

	private final JobBroker broker;

	private final BlockingQueue<Delivery> finished = new LinkedBlockingQueue<>();

	private final Thread thread;

	private volatile boolean acking = true;

	Acknowledger(String queue, JobBroker broker) {
		this.queue = queue;
		this.broker = broker;
		this.thread = Thread.ofPlatform().daemon().name("jobs-" + queue + "-acker").unstarted(this::acknowledge);
	}

	void start() {
		this.thread.start();
	}

	void add(Delivery delivery) {
		this.finished.add(delivery);
	}

	/** Acknowledges what is left, then stops, waiting until {@code deadline} at most. */
	void finish(long deadline) {
		this.acking = false;
		QueueWorker.join(this.thread, deadline);
	}

	private void acknowledge() {
		List<Delivery> batch = new ArrayList<>();
		while (this.acking || !this.finished.isEmpty()) {
			try {
				Delivery first = this.finished.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.finished.drainTo(batch, 999);
				this.broker.done(this.queue, batch);
				batch.clear();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// not acknowledged: these jobs run again after their lease, which
				// handlers
				// allow for
				log.warn("Could not acknowledge {} job(s) of {}", batch.size(), this.queue, ex);
				batch.clear();
			}
		}
	}

}
