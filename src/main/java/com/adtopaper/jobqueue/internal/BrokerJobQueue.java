package com.adtopaper.jobqueue.internal;

import java.util.List;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.Job;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.QueueStats;
import com.adtopaper.jobqueue.spi.JobBroker;

/** The typed queue the application sees, on a broker. */
final class BrokerJobQueue implements JobQueue {

	private final JobBroker broker;

	private final JsonJobCodec codec;

	BrokerJobQueue(JobBroker broker, JsonJobCodec codec) {
		this.broker = broker;
		this.codec = codec;
	}

	@Override
	public String enqueue(Job<?> job) {
		return this.broker.enqueue(this.codec.encode(job));
	}

	@Override
	public List<String> enqueueAll(List<? extends Job<?>> jobs) {
		return this.broker.enqueueAll(jobs.stream().map(this.codec::encode).toList());
	}

	@Override
	public List<QueueStats> stats() {
		return this.broker.stats();
	}

	@Override
	public List<DeadJob> deadJobs(String queue, int limit) {
		return this.broker.deadJobs(queue, limit);
	}

	@Override
	public boolean retryDead(String queue, String jobId) {
		return this.broker.retryDead(queue, jobId);
	}

	@Override
	public boolean discardDead(String queue, String jobId) {
		return this.broker.discardDead(queue, jobId);
	}

}
