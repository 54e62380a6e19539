package com.adtopaper.platform.security.internal;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
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
		this.throttle.checkAllowed(email, address);
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(email, address);
			throw ex;
		}
	}

}
