package com.adtopaper.platform.queue;

/**
 * Runs the jobs of one type. Delivery is at least once: a handler must be idempotent (use
 * the job's id or its payload as an idempotency key). Throwing retries the job with
 * exponential backoff and jitter until its attempts run out, then it goes to the dead
 * jobs with its last error. While {@link #handle} runs, the job's lease is extended; if
 * the process dies, another worker gets the job when the lease runs out.
 */
public interface JobHandler {

	/** The job type this handler runs. */
	String type();

	void handle(JobContext job) throws Exception;

}
