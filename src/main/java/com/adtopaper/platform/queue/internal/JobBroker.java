package com.adtopaper.platform.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.adtopaper.platform.queue.JobQueue;

/** What the workers need from where jobs are kept: Redis, or the process. */
interface JobBroker extends JobQueue, AutoCloseable {

	/** Prepares a queue for consuming. */
	void open(String queue);

	/** Up to {@code max} deliveries, waiting at most {@code wait} for the first. */
	List<Delivery> take(String queue, int max, Duration wait) throws InterruptedException;

	/** The deliveries ran: they are gone. */
	void done(String queue, List<Delivery> deliveries);

	/**
	 * A delivery failed: run its next attempt at {@code retryAt}, or, if null, it is
	 * dead.
	 */
	void failed(Delivery delivery, String error, Instant retryAt);

	/** A delivery failed for the last time. */
	void dead(Delivery delivery, String error);

	/** The deliveries are still running: keep them leased to this worker. */
	void extend(String queue, List<Delivery> running);

	/**
	 * Housekeeping: move due delayed jobs to their queue, take back jobs of dead workers.
	 */
	void maintain(String queue);

	@Override
	void close();

	/** A lease's length, for the workers' housekeeping rhythm. */
	Duration lease();

}
