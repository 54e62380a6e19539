package com.adtopaper.jobqueue.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: retries of many failed jobs spread out instead of
 * coming back together.
 */
final class Backoff {

	private Backoff() {
	}

	static Duration after(int attempt, Duration base, Duration max) {
		long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt - 1, 30));
		return Duration.ofMillis(
				ThreadLocalRandom.current().nextLong(base.toMillis() / 2, Math.max(ceiling, base.toMillis() / 2 + 1)));
	}

}
