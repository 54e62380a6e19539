package com.adtopaper.platform.security.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings.
 *
 * @param tokenSecret base64 of at least 32 random bytes, shared by every node to sign
 * access tokens; without it (embedded only) a random one is made at start-up
 * @param accessTokenTtl how long an access token lives
 * @param loginThrottle the failed-login throttle
 */
@Validated
@ConfigurationProperties("adtopaper.security")
record SecuritySettings(@Nullable String tokenSecret, @DefaultValue("15m") @NotNull Duration accessTokenTtl,
		@DefaultValue @Valid LoginThrottle loginThrottle) {

	enum Store {

		MEMORY, REDIS

	}

	/**
	 * @param store where failures are counted: {@code redis} so that every node sees them
	 * @param maxFailures failed logins per e-mail within {@code window} before it is
	 * refused
	 * @param maxFailuresPerAddress failed logins per client address within {@code window}
	 * @param window the period the failures refill over
	 */
	record LoginThrottle(@DefaultValue("memory") Store store, @DefaultValue("5") @Min(1) int maxFailures,
			@DefaultValue("100") @Min(1) int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {
	}

}
