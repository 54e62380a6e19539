package com.adtopaper.platform.security;

/**
 * Issues the short-lived bearer tokens the API accepts. Refresh tokens are the owning
 * module's business (they are revocable rows); access tokens are stateless, so any node
 * can verify them with the shared secret.
 */
public interface AccessTokens {

	AccessToken issue(long accountId, Role role);

}
