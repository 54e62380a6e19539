package com.adtopaper.jobqueue;

/**
 * Runs the jobs of one type. Delivery is at least once: a handler must be idempotent (use
 * the job's id or its payload as an idempotency key). Throwing retries the job with
 * exponential backoff and jitter until its attempts run out, then it goes to the dead
 * jobs with its last error. While {@link #handle} runs, the job's lease is extended; if
 * the process dies, another worker gets the job when the lease runs out.
 *
 * @param <P> the payload record of its type
 */
public interface JobHandler<P extends Record> {

	/** The job type this handler runs. */
	JobType<P> type();

	void handle(P payload, JobContext job) throws Exception;

	/** A handler made of a function, for handlers declared as beans. */
	static <P extends Record> JobHandler<P> of(JobType<P> type, Work<P> work) {
		return new JobHandler<>() {

			@Override
			public JobType<P> type() {
				return type;
			}

			@Override
			public void handle(P payload, JobContext job) throws Exception {
				work.run(payload, job);
			}

		};
	}

	/** What a handler made with {@link #of} does. */
	@FunctionalInterface
	interface Work<P extends Record> {

		void run(P payload, JobContext job) throws Exception;

	}

}
