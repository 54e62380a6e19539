package com.adtopaper.appapi;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.web.ApiChannel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The app's API: sign-up, tokens and the school list are open; the member's own routes
 * are members'. It also takes the rest of {@code /api/**} (after the other channels'
 * chains), where every route needs a token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AppApiSecurity {

	/** Sign-up, tokens and the school list need no token; the member's routes do. */
	@Bean
	ApiChannel appApi() {
		return ApiChannel.bearer("app", "App API",
				"The members' mobile app: sign-up, tokens, the member's profile, points, documents and print jobs.",
				"/api/");
	}

	@Bean
	@Order(ChannelSecurity.SHARED_PREFIX)
	SecurityFilterChain appApiChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/members", "/api/v1/auth/token", "/api/v1/auth/refresh",
						"/api/v1/auth/logout")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/schools")
				.permitAll()
				.requestMatchers("/api/v1/me/**", "/api/v1/me")
				.hasRole(Role.MEMBER.name())
				.anyRequest()
				.authenticated());
		return channels.api(http).build();
	}

}
