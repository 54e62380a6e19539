package com.adtopaper.platform.security.internal;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Password encoding and the throttled authentication manager. Each channel contributes
 * its own filter chain ({@link ChannelSecurity}); the only chain here is for what the
 * platform serves itself: the error page, the local blob store, the API's description and
 * the actuator.
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
			LoginThrottle throttle, ApplicationEventPublisher events) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		var manager = new ProviderManager(provider);
		// successes and failures as application events: the admin channel records its
		// operators' log-ins from them
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return new ThrottledAuthenticationManager(manager, throttle);
	}

	/** The platform's own routes, only where this node serves HTTP. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class WebSecurity {

		@Bean
		@Order(ChannelSecurity.PLATFORM)
		SecurityFilterChain platformChain(HttpSecurity http, ChannelSecurity channels, HeaderSettings headers)
				throws Exception {
			http.securityMatcher("/error", "/blobs/**", "/private-blobs/**", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html", "/actuator/**")
				.authorizeHttpRequests((requests) -> requests.requestMatchers("/error")
					.permitAll()
					// the local blob store stands in for the CDN, which is public
					// (creatives only); members' files answer signed, expiring links
					// only, which their controller checks
					.requestMatchers("/blobs/**", "/private-blobs/**")
					.permitAll()
					.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
					.access((authentication, context) -> new AuthorizationDecision(
							headers.apiDocs() == HeaderSettings.ApiDocs.PUBLIC || isAdmin(authentication.get())))
					.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
					.permitAll()
					.anyRequest()
					.hasRole(Role.ADMIN.name()));
			return channels.pages(http).build();
		}

		private static boolean isAdmin(@Nullable Authentication authentication) {
			return authentication != null && authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> Role.ADMIN.authority().equals(authority.getAuthority()));
		}

	}

}
