package com.adtopaper.platform.security.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.validation.annotation.Validated;

/**
 * What the pages tell the browser, and who may read the API's description.
 *
 * @param contentSecurityPolicy the pages' {@code Content-Security-Policy}: scripts and
 * styles only from the service's own files (no inline script, no inline style);
 * production adds the CDN the creatives come from to {@code img-src}
 * @param referrerPolicy the pages' {@code Referrer-Policy}
 * @param hstsOnEveryResponse send {@code Strict-Transport-Security} on every response, as
 * production does (TLS ends at the load balancer, so the node itself sees plain HTTP);
 * otherwise only on requests that arrived over HTTPS
 * @param apiDocs who may read {@code /v3/api-docs} and Swagger UI: everyone on the
 * embedded default, operators ({@code admin}) in production; to turn them off, set
 * {@code springdoc.api-docs.enabled} and {@code springdoc.swagger-ui.enabled} to false
 */
@Validated
@ConfigurationProperties("adtopaper.security.headers")
record HeaderSettings(@DefaultValue(DEFAULT_POLICY) @NotBlank String contentSecurityPolicy,
		@DefaultValue("strict-origin-when-cross-origin") @NotNull ReferrerPolicy referrerPolicy,
		@DefaultValue("false") boolean hstsOnEveryResponse, @DefaultValue("public") @NotNull ApiDocs apiDocs) {

	static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The API's answers are data, never a page: nothing may run or be framed. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	enum ApiDocs {

		PUBLIC, ADMIN

	}

}
