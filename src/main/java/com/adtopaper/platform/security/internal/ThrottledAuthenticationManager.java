package com.adtopaper.platform.security.internal;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one place where e-mail and password are checked, for the API's token endpoint and
 * the pages' form login alike, so both share one throttle.
 */
class ThrottledAuthenticationManager implements AuthenticationManager {

	private final AuthenticationManager delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationManager(AuthenticationManager delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		// the attempt counts before the password is checked: a check-then-count lets
		// concurrent attempts through together
		this.throttle.acquire(email, address);
		Authentication result = this.delegate.authenticate(authentication);
		this.throttle.succeeded(email, address);
		return result;
	}

}
