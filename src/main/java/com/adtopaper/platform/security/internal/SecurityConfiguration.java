package com.adtopaper.platform.security.internal;

import java.time.Duration;
import java.util.List;

import com.adtopaper.platform.security.LoginThrottledException;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two filter chains: {@code /api/**} is stateless with bearer tokens and answers with
 * problem details; everything else is pages with a session, form login and CSRF. Which
 * role reaches which channel is decided here, in one place.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the {id} prefix that lets hashes move to a stronger encoder
		// later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationManager(new ProviderManager(provider), throttle);
	}

	/** The filter chains, only where this node serves HTTP. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class WebSecurity {

		@Bean
		@Order(1)
		SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, HeaderSettings headers)
				throws Exception {
			var bearer = new BearerTokenAuthenticationEntryPoint();
			var authorities = new JwtGrantedAuthoritiesConverter();
			authorities.setAuthoritiesClaimName(JwtConfiguration.ROLES_CLAIM);
			authorities.setAuthorityPrefix("ROLE_");
			var tokens = new JwtAuthenticationConverter();
			tokens.setJwtGrantedAuthoritiesConverter(authorities);
			http.securityMatcher("/api/**")
				.authorizeHttpRequests((requests) -> requests
					.requestMatchers(HttpMethod.POST, "/api/v1/members", "/api/v1/auth/token", "/api/v1/auth/refresh",
							"/api/v1/auth/logout")
					.permitAll()
					.requestMatchers(HttpMethod.GET, "/api/v1/schools")
					.permitAll()
					.requestMatchers("/api/v1/admin/**")
					.hasRole(Role.ADMIN.name())
					.requestMatchers("/api/v1/advertiser/**")
					.hasRole(Role.ADVERTISER.name())
					.requestMatchers("/api/v1/partner/**")
					.hasRole(Role.PARTNER.name())
					.requestMatchers("/api/v1/me/**", "/api/v1/me")
					.hasRole(Role.MEMBER.name())
					.anyRequest()
					.authenticated())
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf((csrf) -> csrf.disable())
				.requestCache((cache) -> cache.disable())
				.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens))
					.authenticationEntryPoint((request, response, ex) -> {
						bearer.commence(request, response, ex);
						problems.write(request, response, HttpStatus.UNAUTHORIZED,
								"A valid bearer token is required: " + ex.getMessage());
					}))
				.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, ex) -> problems
					.write(request, response, HttpStatus.FORBIDDEN, "Your account is not allowed to use this route.")))
				.headers((writers) -> securityHeaders(writers, headers, HeaderSettings.API_POLICY));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager,
				HeaderSettings headers) throws Exception {
			http.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/", "/login", "/signup", "/verify", "/error", "/css/**", "/js/**", "/images/**",
						"/favicon.ico")
				.permitAll()
				// the local blob store stands in for the CDN, which is public (creatives
				// only); members' files answer signed, expiring links only, which their
				// controller checks
				.requestMatchers("/blobs/**", "/private-blobs/**")
				.permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.access((authentication, context) -> new AuthorizationDecision(
						headers.apiDocs() == HeaderSettings.ApiDocs.PUBLIC || isAdmin(authentication.get())))
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**", "/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/advertiser/**")
				.hasRole(Role.ADVERTISER.name())
				.requestMatchers("/partner/**")
				.hasRole(Role.PARTNER.name())
				.requestMatchers("/print/**")
				.hasRole(Role.MEMBER.name())
				.anyRequest()
				.authenticated())
				.authenticationManager(authenticationManager)
				.formLogin((form) -> form.loginPage("/login")
					.successHandler(homeByRole())
					.failureHandler(loginFailureHandler())
					.permitAll())
				.logout((logout) -> logout.logoutSuccessUrl("/?signed-out"))
				.headers((writers) -> securityHeaders(writers, headers, headers.contentSecurityPolicy()));
			return http.build();
		}

		private static void securityHeaders(HeadersConfigurer<HttpSecurity> writers, HeaderSettings headers,
				String policy) {
			writers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
				.referrerPolicy((referrer) -> referrer.policy(headers.referrerPolicy()));
			if (headers.hstsOnEveryResponse()) {
				writers.httpStrictTransportSecurity((hsts) -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
					.includeSubDomains(true)
					.maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
			}
		}

		private static boolean isAdmin(@Nullable Authentication authentication) {
			return authentication != null && authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> ("ROLE_" + Role.ADMIN.name()).equals(authority.getAuthority()));
		}

		/**
		 * After login: the page the user asked for, else their role's home (an
		 * advertiser's campaigns; everyone else's account page).
		 */
		private static AuthenticationSuccessHandler homeByRole() {
			var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
				@Override
				protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
						Authentication authentication) {
					boolean advertiser = authentication.getAuthorities()
						.stream()
						.anyMatch((authority) -> ("ROLE_" + Role.ADVERTISER.name()).equals(authority.getAuthority()));
					return advertiser ? "/advertiser/campaigns" : "/account";
				}
			};
			return handler;
		}

		private static AuthenticationFailureHandler loginFailureHandler() {
			return (request, response, ex) -> {
				String query = (ex instanceof LoginThrottledException throttled)
						? "throttled=" + throttled.retryAfterMinutes() : "error";
				response.setStatus(HttpServletResponse.SC_FOUND);
				response.sendRedirect(request.getContextPath() + "/login?" + query);
			};
		}

		@Bean
		WebMvcConfigurer currentAccountResolver() {
			return new WebMvcConfigurer() {
				@Override
				public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
					resolvers.add(new CurrentAccountArgumentResolver());
				}
			};
		}

	}

}
