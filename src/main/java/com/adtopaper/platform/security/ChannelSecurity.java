package com.adtopaper.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * What every channel's filter chain shares, so that a channel states only its routes and
 * their roles: each channel contributes its own {@code SecurityFilterChain} bean with a
 * {@code securityMatcher} and an {@code @Order}, and applies one of these to it. The
 * first chain whose matcher matches a request takes it, so the orders below go from the
 * narrowest matcher to the widest.
 */
public interface ChannelSecurity {

	/** A chain for the paths under a channel's own prefix ({@code /api/v1/admin/**}). */
	int OWN_PREFIX = 10;

	/**
	 * A chain for a prefix whose parts other channels' chains take first (the rest of
	 * {@code /api/**}).
	 */
	int SHARED_PREFIX = 20;

	/** The platform's own routes (the error page, the actuator, blobs, API docs). */
	int PLATFORM = 90;

	/** The one chain without a {@code securityMatcher}: every request no other takes. */
	int EVERYTHING_ELSE = 100;

	/**
	 * A JSON API: stateless, bearer access tokens (the account's roles as authorities),
	 * no CSRF (no cookie authenticates it), 401 and 403 as problem details, and the API's
	 * headers (nothing may run or be framed).
	 * @param http the channel's chain
	 * @return the same chain, to go on with
	 * @throws Exception as {@link HttpSecurity} does
	 */
	HttpSecurity api(HttpSecurity http) throws Exception;

	/**
	 * Pages: the session the sites share (one sign-in for all of them), CSRF tokens, an
	 * anonymous visitor sent to the {@link SignInPage}, and the pages' headers
	 * (Content-Security-Policy, Referrer-Policy, HSTS).
	 * @param http the channel's chain
	 * @return the same chain, to go on with
	 * @throws Exception as {@link HttpSecurity} does
	 */
	HttpSecurity pages(HttpSecurity http) throws Exception;

}
