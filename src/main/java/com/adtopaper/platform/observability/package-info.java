/**
 * What an operator sees of a running node besides its metrics (which Micrometer exports,
 * to Datadog in production): unexpected errors sent to Sentry when a DSN is set
 * ({@code adtopaper.error-tracking.*}), and a request id on every request, carried from
 * HAProxy and Nginx ({@code X-Request-Id}) into the logs' MDC and back in the response.
 */
@NullMarked
package com.adtopaper.platform.observability;

import org.jspecify.annotations.NullMarked;
