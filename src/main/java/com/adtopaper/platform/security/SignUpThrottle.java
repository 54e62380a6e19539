package com.adtopaper.platform.security;

/**
 * Counts sign-ups per client address and per e-mail domain (token buckets in the store
 * every node sees), so that one machine cannot make accounts by the dozen.
 */
public interface SignUpThrottle {

	/**
	 * Takes one sign-up from both buckets, or none.
	 * @throws SignUpThrottledException if either is empty
	 */
	void acquire(String clientAddress, String email);

}
