package com.adtopaper.platform.queue.internal;

import com.adtopaper.platform.queue.JobContext;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of a job to a worker.
 *
 * @param ticket what the broker needs to acknowledge it (the stream entry id in Redis)
 * @param id the job's id
 * @param queue its queue
 * @param type its type
 * @param payload its payload
 * @param attempt the attempt this delivery is (1 on the first)
 * @param maxAttempts its attempts before it is dead
 * @param uniqueKey its unique key, if it has one
 * @param enqueuedAt when it was first enqueued, in epoch milliseconds
 */
record Delivery(String ticket, String id, String queue, String type, String payload, int attempt, int maxAttempts,
		@Nullable String uniqueKey, long enqueuedAt) implements JobContext {

	Delivery redelivered(String ticket, int times) {
		return new Delivery(ticket, this.id, this.queue, this.type, this.payload, this.attempt + times,
				this.maxAttempts, this.uniqueKey, this.enqueuedAt);
	}

	Delivery nextAttempt() {
		return new Delivery(this.ticket, this.id, this.queue, this.type, this.payload, this.attempt + 1,
				this.maxAttempts, this.uniqueKey, this.enqueuedAt);
	}

}
