package com.adtopaper.platform.security.internal;

import java.time.Duration;
import java.util.Locale;

import com.adtopaper.platform.security.SignUpThrottle;
import com.adtopaper.platform.security.SignUpThrottledException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/** The sign-up throttle, in the login throttle's store. */
class SignUpBuckets implements SignUpThrottle {

	private final ProxyManager<String> buckets;

	private final SecuritySettings.SignUpThrottle settings;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration perDomain;

	SignUpBuckets(ProxyManager<String> buckets, SecuritySettings.SignUpThrottle settings) {
		this.buckets = buckets;
		this.settings = settings;
		this.perAddress = LoginThrottle.configuration(settings.perAddress(), settings.window());
		this.perDomain = LoginThrottle.configuration(settings.perDomain(), settings.window());
	}

	@Override
	public void acquire(String clientAddress, String email) {
		String domain = email.substring(email.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
		Bucket byAddress = bucket("address:" + clientAddress, this.perAddress);
		ConsumptionProbe probe = byAddress.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new SignUpThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		ConsumptionProbe byDomain = bucket("domain:" + domain, this.perDomain).tryConsumeAndReturnRemaining(1);
		if (!byDomain.isConsumed()) {
			byAddress.addTokens(1);
			throw new SignUpThrottledException(Duration.ofNanos(byDomain.getNanosToWaitForRefill()));
		}
	}

	private Bucket bucket(String key, BucketConfiguration configuration) {
		return this.buckets.getProxy("sign-up:" + this.settings.prefix() + ":" + key, () -> configuration);
	}

}
