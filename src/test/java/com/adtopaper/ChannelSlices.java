package com.adtopaper;

import java.util.List;

import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.security.SignInPage;
import com.adtopaper.platform.security.internal.ChannelSecurityConfiguration;
import com.adtopaper.platform.web.ProblemResponses;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a channel's {@code @WebMvcTest} slice needs besides its own controllers and
 * security configuration: the filter chains' shared configuration, and callers with a
 * bearer token or a session login. No database, no server.
 */
public final class ChannelSlices {

	private ChannelSlices() {
	}

	/** A caller of the API with an access token of this account. */
	public static RequestPostProcessor token(long accountId, Role role) {
		return jwt().jwt((token) -> token.subject(Long.toString(accountId)).claim("roles", List.of(role.name())))
			.authorities(new SimpleGrantedAuthority(role.authority()));
	}

	/** A browser signed in to the sites as this account. */
	public static RequestPostProcessor session(long accountId, Role role) {
		return user(new AccountPrincipal(accountId, "account" + accountId + "@adtopaper.example", "{noop}unused", role,
				true));
	}

	/**
	 * An operator signed in to the admin site with their password and their second
	 * factor.
	 */
	public static RequestPostProcessor operatorSession(long accountId, Role role) {
		var principal = new AccountPrincipal(accountId, "account" + accountId + "@adtopaper.example", "{noop}unused",
				role, true);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(role.authority()), FactorGrantedAuthority.fromFactor("TOTP"))));
	}

	/** The filter chains' shared configuration. */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ ChannelSecurityConfiguration.class, ProblemResponses.class })
	public static class Security {

		/**
		 * Slices send verified tokens ({@link ChannelSlices#token}); any other is bad.
		 */
		@Bean
		JwtDecoder sliceJwtDecoder() {
			return (token) -> {
				throw new BadJwtException("Slice tests carry their token with ChannelSlices.token");
			};
		}

	}

	/** The sign-in page, for a site's slice without the web channel's configuration. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class SignIn {

		@Bean
		SignInPage sliceSignInPage() {
			return new SignInPage("/login");
		}

	}

}
