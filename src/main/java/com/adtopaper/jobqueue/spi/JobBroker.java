package com.adtopaper.jobqueue.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.QueueStats;

/**
 * Where jobs are kept, for the workers and the operators: Redis, or the process. A broker
 * delivers each job at least once, leases it to the worker that took it, takes it back
 * when the lease runs out, holds delayed jobs and retries until their time, keeps dead
 * jobs with their last error, and keeps a unique key until its job is done or dead.
 */
public interface JobBroker extends AutoCloseable {

	/**
	 * Enqueues a job.
	 * @return its id; for a unique key already waiting or running, the existing job's id
	 */
	String enqueue(EncodedJob job);

	/** Enqueues many jobs in one go; their ids in the same order. */
	List<String> enqueueAll(List<EncodedJob> jobs);

	/** Prepares a queue for consuming. */
	void open(String queue);

	/** Up to {@code max} deliveries, waiting at most {@code wait} for the first. */
	List<Delivery> take(String queue, int max, Duration wait) throws InterruptedException;

	/** The deliveries ran: they are gone. */
	void done(String queue, List<Delivery> deliveries);

	/** A delivery failed: run its next attempt at {@code retryAt}. */
	void failed(Delivery delivery, String error, Instant retryAt);

	/** A delivery failed for the last time: it is dead. */
	void dead(Delivery delivery, String error);

	/** The deliveries are still running: keep them leased to this worker. */
	void extend(String queue, List<Delivery> running);

	/**
	 * Housekeeping: move due delayed jobs to their queue, take back jobs whose lease ran
	 * out (their next {@link #take} delivers them again).
	 */
	void maintain(String queue);

	/** A lease's length, for the workers' housekeeping rhythm. */
	Duration lease();

	/** Every configured queue's numbers. */
	List<QueueStats> stats();

	/** The oldest dead jobs of a queue first. */
	List<DeadJob> deadJobs(String queue, int limit);

	/** Puts a dead job back in its queue with a fresh set of attempts. */
	boolean retryDead(String queue, String jobId);

	/** Forgets a dead job. */
	boolean discardDead(String queue, String jobId);

	@Override
	void close();

}
