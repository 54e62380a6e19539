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
 * @param revocationStore where logged-out access tokens are remembered until they expire:
 * {@code redis} so that every node refuses them
 * @param signUpThrottle the sign-up throttle
 */
@Validated
@ConfigurationProperties("adtopaper.security")
record SecuritySettings(@Nullable String tokenSecret, @DefaultValue("15m") @NotNull Duration accessTokenTtl,
		@DefaultValue @Valid LoginThrottle loginThrottle, @DefaultValue("memory") Store revocationStore,
		@DefaultValue @Valid SignUpThrottle signUpThrottle) {

	enum Store {

		MEMORY, REDIS

	}

	/**
	 * @param store where failures are counted: {@code redis} so that every node sees them
	 * @param maxFailures failed logins per e-mail from one client address within
	 * {@code window} before that address is refused for that e-mail (the owner, from
	 * another address, still signs in)
	 * @param maxFailuresPerAddress failed logins per client address within
	 * {@code window}, whatever the e-mail
	 * @param window the period the failures refill over
	 */
	record LoginThrottle(@DefaultValue("memory") Store store, @DefaultValue("5") @Min(1) int maxFailures,
			@DefaultValue("100") @Min(1) int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {
	}

	/**
	 * Sign-ups are counted in the login throttle's store ({@code login-throttle.store}).
	 *
	 * @param perAddress sign-ups from one client address within {@code window}
	 * @param perDomain sign-ups with addresses at one e-mail domain within {@code window}
	 * (a school's: keep it above the busiest day's sign-ups there)
	 * @param window the period they refill over
	 * @param prefix put before every key (tests keep their buckets apart with it)
	 */
	record SignUpThrottle(@DefaultValue("10") @Min(1) int perAddress, @DefaultValue("300") @Min(1) int perDomain,
			@DefaultValue("1h") Duration window, @DefaultValue("") String prefix) {
	}

}
