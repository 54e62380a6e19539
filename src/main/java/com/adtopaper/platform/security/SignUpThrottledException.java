package com.adtopaper.platform.security;

import java.time.Duration;

/** Too many sign-ups from this address or at this e-mail domain; try again later. */
public class SignUpThrottledException extends RuntimeException {

	/**
	 * The message bundles' key of the words for a person, whose argument is
	 * {@link #retryAfterMinutes()}.
	 */
	public static final String WORDS = "problem.sign-up-throttled";

	private final Duration retryAfter;

	public SignUpThrottledException(Duration retryAfter) {
		super("Too many sign-ups from here. Try again in " + minutes(retryAfter) + " minute(s).");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	public long retryAfterMinutes() {
		return minutes(this.retryAfter);
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
