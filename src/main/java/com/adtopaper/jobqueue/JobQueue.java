package com.adtopaper.jobqueue;

import java.util.List;

/** Enqueues jobs, and lets operators see queues and retry or discard dead jobs. */
public interface JobQueue {

	/**
	 * Enqueues a job.
	 * @return its id; for a unique key already waiting or running, the existing job's id
	 */
	String enqueue(Job<?> job);

	/** Enqueues a job of a type to run now. */
	default <P extends Record> String enqueue(JobType<P> type, P payload) {
		return enqueue(Job.of(type, payload));
	}

	/** Enqueues many jobs in one go (pipelined to Redis); their ids in the same order. */
	List<String> enqueueAll(List<? extends Job<?>> jobs);

	/** Every configured queue's numbers. */
	List<QueueStats> stats();

	/** The oldest dead jobs of a queue first. */
	List<DeadJob> deadJobs(String queue, int limit);

	/**
	 * Puts a dead job back in its queue for a fresh set of attempts; false if there is no
	 * such dead job.
	 */
	boolean retryDead(String queue, String jobId);

	/** Forgets a dead job; false if there is no such dead job. */
	boolean discardDead(String queue, String jobId);

}
