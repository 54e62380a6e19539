package com.adtopaper.printerapi;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Counts wrong release codes typed at each printer in a token bucket (Bucket4j), stored
 * where every node sees it (Redis in production): six digits are guessable by a printer
 * that may try without limit.
 */
class ReleaseThrottle implements AutoCloseable {

	private final ProxyManager<String> buckets;

	private final AutoCloseable store;

	private final BucketConfiguration configuration;

	ReleaseThrottle(ProxyManager<String> buckets, AutoCloseable store, PrinterApiSettings.ReleaseThrottle settings) {
		this.buckets = buckets;
		this.store = store;
		this.configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(settings.maxFailures())
				.refillGreedy(settings.maxFailures(), settings.window()))
			.build();
	}

	/** Refuses the printer if its wrong codes used up the bucket. */
	void checkAllowed(long printerId) {
		var probe = bucket(printerId).estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw new Throttled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	void wrongCode(long printerId) {
		bucket(printerId).tryConsume(1);
	}

	@Override
	public void close() throws Exception {
		this.store.close();
	}

	private Bucket bucket(long printerId) {
		return this.buckets.getProxy("printer:" + printerId, () -> this.configuration);
	}

	/** Too many wrong codes from this printer lately. */
	static final class Throttled extends RuntimeException {

		private final Duration retryAfter;

		/**
		 * The message bundles' key of the words for a person, whose argument is
		 * {@link #retryAfterMinutes()}.
		 */
		static final String WORDS = "problem.release-throttled";

		Throttled(Duration retryAfter) {
			super("Too many wrong release codes at this printer. Try again in " + minutes(retryAfter) + " minute(s).");
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

		/** The wait, rounded up to whole minutes, for people to read. */
		long retryAfterMinutes() {
			return minutes(this.retryAfter);
		}

		private static long minutes(Duration wait) {
			return Math.max(1, (wait.toSeconds() + 59) / 60);
		}

	}

}
