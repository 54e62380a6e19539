package com.adtopaper.platform.queue;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job to run.
 *
 * @param queue the queue it waits in (each queue has its own workers and concurrency)
 * @param type what it is; the {@link JobHandler} with this type runs it
 * @param payload its input, usually JSON
 * @param uniqueKey if set, a job with the same key already waiting or running makes this
 * one a no-op that answers the existing job's id
 * @param runAt when to run it, if not now
 * @param maxAttempts attempts before it goes to the dead jobs; 0 for the queue's default
 */
public record Job(String queue, String type, String payload, @Nullable String uniqueKey, @Nullable Instant runAt,
		int maxAttempts) {

	public static Job of(String queue, String type, String payload) {
		return new Job(queue, type, payload, null, null, 0);
	}

	public Job unique(String key) {
		return new Job(this.queue, this.type, this.payload, key, this.runAt, this.maxAttempts);
	}

	public Job at(Instant when) {
		return new Job(this.queue, this.type, this.payload, this.uniqueKey, when, this.maxAttempts);
	}

	public Job in(Duration delay) {
		return at(Instant.now().plus(delay));
	}

	public Job maxAttempts(int attempts) {
		return new Job(this.queue, this.type, this.payload, this.uniqueKey, this.runAt, attempts);
	}

}
