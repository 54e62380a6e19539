package com.adtopaper.platform.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The ids ({@code jti}) of access tokens revoked before their expiry, each kept until the
 * token would have expired anyway. Redis in production, so that every node refuses them;
 * in process on the embedded default.
 */
interface RevokedAccessTokens {

	void revoke(String tokenId, Duration remaining);

	boolean isRevoked(String tokenId);

	static Duration remaining(Instant expiresAt, Instant now) {
		Duration left = Duration.between(now, expiresAt);
		return left.isNegative() ? Duration.ZERO : left;
	}

}
