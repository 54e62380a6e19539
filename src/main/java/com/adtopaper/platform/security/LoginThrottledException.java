package com.adtopaper.platform.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this e-mail or from this address; try again later. */
public class LoginThrottledException extends AuthenticationException {

	/**
	 * The message bundles' key of the words for a person, whose argument is
	 * {@link #retryAfterMinutes()}.
	 */
	public static final String WORDS = "problem.login-throttled";

	private final Duration retryAfter;

	public LoginThrottledException(Duration retryAfter) {
		super("Too many failed login attempts. Try again in " + minutes(retryAfter) + " minute(s).");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** The wait, rounded up to whole minutes, for people to read. */
	public long retryAfterMinutes() {
		return minutes(this.retryAfter);
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
