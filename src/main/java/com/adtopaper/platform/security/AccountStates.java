package com.adtopaper.platform.security;

/**
 * Whether an account may use the service right now. Implemented by the module that owns
 * accounts; the bearer-token check asks it on every request, so a blocked account's
 * access tokens stop working at once rather than at their expiry. Implementations answer
 * from a cache that a change to the account invalidates on every node.
 */
public interface AccountStates {

	boolean isActive(long accountId);

}
