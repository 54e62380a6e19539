package com.adtopaper.agent;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits that double after each failure, up to a minute, with jitter so agents spread out.
 */
final class Backoff {

	private static final long FIRST_MILLIS = 500;

	private static final long MAX_MILLIS = 60_000;

	private long next = FIRST_MILLIS;

	Duration next() {
		long millis = this.next;
		this.next = Math.min(MAX_MILLIS, this.next * 2);
		return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
	}

	void sleep() throws InterruptedException {
		Thread.sleep(next().toMillis());
	}

}
