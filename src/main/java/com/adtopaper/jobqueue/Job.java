package com.adtopaper.jobqueue;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A job to run.
 *
 * @param <P> its payload record
 * @param type what it is; the {@link JobHandler} of this type runs it
 * @param payload its input
 * @param uniqueKey if set, a job with the same key already waiting or running makes this
 * one a no-op that answers the existing job's id
 * @param runAt when to run it, if not now
 * @param maxAttempts attempts before it goes to the dead jobs; 0 for the queue's default
 */
public record Job<P extends Record>(JobType<P> type, P payload, @Nullable String uniqueKey, @Nullable Instant runAt,
		int maxAttempts) {

	public Job {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(payload, "payload");
	}

	public static <P extends Record> Job<P> of(JobType<P> type, P payload) {
		return new Job<>(type, payload, null, null, 0);
	}

	public Job<P> unique(String key) {
		return new Job<>(this.type, this.payload, key, this.runAt, this.maxAttempts);
	}

	public Job<P> at(Instant when) {
		return new Job<>(this.type, this.payload, this.uniqueKey, when, this.maxAttempts);
	}

	public Job<P> in(Duration delay) {
		return at(Instant.now().plus(delay));
	}

	public Job<P> maxAttempts(int attempts) {
		return new Job<>(this.type, this.payload, this.uniqueKey, this.runAt, attempts);
	}

}
