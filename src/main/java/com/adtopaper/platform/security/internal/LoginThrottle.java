package com.adtopaper.platform.security.internal;

import java.time.Duration;
import java.util.Locale;

import com.adtopaper.platform.security.LoginThrottledException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Counts login attempts per e-mail and client address together, and per client address
 * alone, in token buckets (Bucket4j), stored where every node sees them (Redis in
 * production). Failures from one address therefore lock that address out of the account,
 * not the account's owner signing in from elsewhere; the per-address bucket still stops
 * one address from trying many accounts. An attempt takes its token before the password
 * is checked, atomically, so that concurrent attempts cannot all pass a check made before
 * any of them failed; a successful login gives it back (and empties the pair's count of
 * failures).
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

	static BucketConfiguration configuration(int capacity, Duration window) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, window))
			.build();
	}

	/**
	 * Takes one attempt from the e-mail-and-address bucket and the address's bucket, or
	 * none.
	 * @throws LoginThrottledException if either is empty
	 */
	void acquire(String email, String address) {
		Bucket byEmail = emailBucket(email, address);
		ConsumptionProbe probe = byEmail.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		ConsumptionProbe byAddress = addressBucket(address).tryConsumeAndReturnRemaining(1);
		if (!byAddress.isConsumed()) {
			byEmail.addTokens(1);
			throw new LoginThrottledException(Duration.ofNanos(byAddress.getNanosToWaitForRefill()));
		}
	}

	void succeeded(String email, String address) {
		emailBucket(email, address).reset();
		addressBucket(address).addTokens(1);
	}

	private Bucket emailBucket(String email, String address) {
		return this.buckets.getProxy("email:" + email.trim().toLowerCase(Locale.ROOT) + ":from:" + address,
				() -> this.perEmail);
	}

	private Bucket addressBucket(String address) {
		return this.buckets.getProxy("address:" + address, () -> this.perAddress);
	}

}
