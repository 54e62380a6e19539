package com.adtopaper.jobqueue.spi;

import com.adtopaper.jobqueue.JobContext;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of a job to a worker.
 *
 * @param ticket what the broker needs to acknowledge it (the stream entry id in Redis)
 * @param id the job's id
 * @param queue its queue
 * @param type its type's name
 * @param payload its payload, as JSON
 * @param attempt the attempt this delivery is (1 on the first; a delivery to a worker
 * that died counts as one)
 * @param maxAttempts its attempts before it is dead
 * @param uniqueKey its unique key, if it has one
 * @param enqueuedAt when it was first enqueued, in epoch milliseconds
 */
public record Delivery(String ticket, String id, String queue, String type, String payload, int attempt,
		int maxAttempts, @Nullable String uniqueKey, long enqueuedAt) implements JobContext {

	/**
	 * The same job delivered again after {@code times} deliveries that did not finish.
	 */
	public Delivery redelivered(String ticket, int times) {
		return new Delivery(ticket, this.id, this.queue, this.type, this.payload, this.attempt + times,
				this.maxAttempts, this.uniqueKey, this.enqueuedAt);
	}

	/** The same job for its next attempt, after this one failed. */
	public Delivery nextAttempt() {
		return new Delivery(this.ticket, this.id, this.queue, this.type, this.payload, this.attempt + 1,
				this.maxAttempts, this.uniqueKey, this.enqueuedAt);
	}

	/** The same job for a fresh set of attempts (a dead job retried by hand). */
	public Delivery fresh(String ticket) {
		return new Delivery(ticket, this.id, this.queue, this.type, this.payload, 1, this.maxAttempts, this.uniqueKey,
				this.enqueuedAt);
	}

}
