package com.adtopaper.platform.security.internal;

import java.time.Duration;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.SignInPage;
import com.adtopaper.platform.web.ProblemResponses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/** The API's and the pages' common configuration, which every channel applies. */
class DefaultChannelSecurity implements ChannelSecurity {

	private final ProblemResponses problems;

	private final HeaderSettings headers;

	private final ObjectProvider<AuthenticationManager> authenticationManager;

	private final ObjectProvider<SignInPage> signInPage;

	DefaultChannelSecurity(ProblemResponses problems, HeaderSettings headers,
			ObjectProvider<AuthenticationManager> authenticationManager, ObjectProvider<SignInPage> signInPage) {
		this.problems = problems;
		this.headers = headers;
		this.authenticationManager = authenticationManager;
		this.signInPage = signInPage;
	}

	@Override
	public HttpSecurity api(HttpSecurity http) throws Exception {
		var bearer = new BearerTokenAuthenticationEntryPoint();
		var authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(JwtConfiguration.ROLES_CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		var tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(authorities);
		return http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint((request, response, ex) -> {
					bearer.commence(request, response, ex);
					this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.bearer-token",
							"A valid bearer token is required: " + ex.getMessage(), ex.getMessage());
				}))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(
					(request, response, ex) -> this.problems.write(request, response, HttpStatus.FORBIDDEN,
							"problem.route-forbidden", "Your account is not allowed to use this route.")))
			.headers((writers) -> securityHeaders(writers, HeaderSettings.API_POLICY));
	}

	@Override
	public HttpSecurity pages(HttpSecurity http) throws Exception {
		AuthenticationManager manager = this.authenticationManager.getIfAvailable();
		if (manager != null) {
			http.authenticationManager(manager);
		}
		// a node (or a module test) without the channel that serves the sign-in page
		// answers 401 instead of redirecting to a page that is not there
		SignInPage page = this.signInPage.getIfAvailable();
		AuthenticationEntryPoint signIn = (page != null) ? new LoginUrlAuthenticationEntryPoint(page.path())
				: (request, response, ex) -> this.problems.write(request, response, HttpStatus.UNAUTHORIZED,
						"problem.sign-in-first", "Sign in first.");
		return http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn))
			.headers((writers) -> securityHeaders(writers, this.headers.contentSecurityPolicy()));
	}

	private void securityHeaders(HeadersConfigurer<HttpSecurity> writers, String policy) {
		writers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
			.referrerPolicy((referrer) -> referrer.policy(this.headers.referrerPolicy()));
		if (this.headers.hstsOnEveryResponse()) {
			writers.httpStrictTransportSecurity((hsts) -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.includeSubDomains(true)
				.maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
		}
	}

}
