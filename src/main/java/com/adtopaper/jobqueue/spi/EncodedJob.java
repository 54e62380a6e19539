package com.adtopaper.jobqueue.spi;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job as a broker takes it: its payload already JSON.
 *
 * @param queue the queue it waits in
 * @param type its type's name
 * @param payload its payload, as JSON
 * @param uniqueKey its unique key, if it has one
 * @param runAt when to run it, if not now
 * @param maxAttempts its attempts before it is dead; 0 for the broker's default
 */
public record EncodedJob(String queue, String type, String payload, @Nullable String uniqueKey, @Nullable Instant runAt,
		int maxAttempts) {

	/** A job to run now, with the default attempts. */
	public static EncodedJob of(String queue, String type, String payload) {
		return new EncodedJob(queue, type, payload, null, null, 0);
	}

	public EncodedJob unique(String key) {
		return new EncodedJob(this.queue, this.type, this.payload, key, this.runAt, this.maxAttempts);
	}

	public EncodedJob at(Instant when) {
		return new EncodedJob(this.queue, this.type, this.payload, this.uniqueKey, when, this.maxAttempts);
	}

	public EncodedJob maxAttempts(int attempts) {
		return new EncodedJob(this.queue, this.type, this.payload, this.uniqueKey, this.runAt, attempts);
	}

}
