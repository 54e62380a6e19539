package com.adtopaper.platform.security.internal;

import java.time.Duration;
import java.util.Locale;

import com.adtopaper.platform.security.LoginThrottledException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Counts failed logins per e-mail and per client address in token buckets (Bucket4j),
 * stored where every node sees them (Redis in production). A bucket that is empty refuses
 * the next attempt before the password is even checked.
 */
class LoginThrottle {

	private final ProxyManager<String> buckets;

	private final BucketConfiguration perEmail;

	private final BucketConfiguration perAddress;

	LoginThrottle(ProxyManager<String> buckets, SecuritySettings.LoginThrottle settings) {
		this.buckets = buckets;
		this.perEmail = configuration(settings.maxFailures(), settings.window());
		this.perAddress = configuration(settings.maxFailuresPerAddress(), settings.window());
	}

	private static BucketConfiguration configuration(int failures, Duration window) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, window))
			.build();
	}

	void checkAllowed(String email, String address) {
		refuseIfEmpty(emailBucket(email));
		refuseIfEmpty(addressBucket(address));
	}

	void failed(String email, String address) {
		emailBucket(email).tryConsume(1);
		addressBucket(address).tryConsume(1);
	}

	void succeeded(String email) {
		emailBucket(email).reset();
	}

	private static void refuseIfEmpty(Bucket bucket) {
		var probe = bucket.estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	private Bucket emailBucket(String email) {
		return this.buckets.getProxy("email:" + email.trim().toLowerCase(Locale.ROOT), () -> this.perEmail);
	}

	private Bucket addressBucket(String address) {
		return this.buckets.getProxy("address:" + address, () -> this.perAddress);
	}

}
