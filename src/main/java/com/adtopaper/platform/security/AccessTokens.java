package com.adtopaper.platform.security;

/**
 * Issues the short-lived bearer tokens the API accepts. Refresh tokens are the owning
 * module's business (they are revocable rows); access tokens are signed, so any node can
 * verify them with the shared secret, and each request also checks that the token was not
 * revoked (log-out) and that its account is still active ({@link AccountStates}).
 */
public interface AccessTokens {

	AccessToken issue(long accountId, Role role);

	/**
	 * Revokes the bearer token the current request was authenticated with, if any: it is
	 * refused from the next request on, on every node, until it would have expired.
	 */
	void revokePresented();

}
