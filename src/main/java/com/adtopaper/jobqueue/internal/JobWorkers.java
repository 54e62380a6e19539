package com.adtopaper.jobqueue.internal;

import java.util.ArrayList;
import java.util.List;

import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.spi.JobBroker;

import org.springframework.context.SmartLifecycle;

/**
 * The workers of a consuming node: one {@link QueueWorker} per configured queue, with its
 * concurrency. Stopping finishes running jobs within the shutdown timeout and leaves the
 * rest to be redelivered.
 */
final class JobWorkers implements SmartLifecycle {

	private final JobBroker broker;

	private final JobRunner runner;

	private final JobQueueSettings settings;

	private final QueueMetrics metrics;

	private final List<QueueWorker> workers = new ArrayList<>();

	private volatile boolean running;

	JobWorkers(JobBroker broker, JobRunner runner, JobQueueSettings settings, QueueMetrics metrics) {
		this.broker = broker;
		this.runner = runner;
		this.settings = settings;
		this.metrics = metrics;
	}

	@Override
	public synchronized void start() {
		this.settings.queues().forEach((queue, config) -> {
			this.broker.open(queue);
			var worker = new QueueWorker(queue, config.concurrency(), this.broker, this.runner, this.metrics);
			this.workers.add(worker);
			worker.start();
		});
		this.running = true;
	}

	@Override
	public synchronized void stop() {
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

}
