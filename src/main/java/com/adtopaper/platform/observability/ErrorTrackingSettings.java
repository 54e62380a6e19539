package com.adtopaper.platform.observability;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Error tracking with Sentry.
 *
 * @param dsn the Sentry project's DSN; without it nothing is sent (errors are only
 * logged)
 * @param environment the environment the events are filed under
 * @param release the release the events are filed under, if known
 */
@ConfigurationProperties("adtopaper.error-tracking")
record ErrorTrackingSettings(@Nullable String dsn, @DefaultValue("production") String environment,
		@Nullable String release) {

}
