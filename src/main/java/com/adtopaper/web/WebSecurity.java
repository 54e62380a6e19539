package com.adtopaper.web;

import java.util.List;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.LoginThrottledException;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.security.RoleHome;
import com.adtopaper.platform.security.SignInPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * The public site and the members' pages, and every request no other chain takes (which
 * needs a sign-in). The sign-in and sign-out every site shares are here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

	static final String LOGIN = "/login";

	@Bean
	SignInPage signInPage() {
		return new SignInPage(LOGIN);
	}

	@Bean
	@Order(ChannelSecurity.EVERYTHING_ELSE)
	SecurityFilterChain webChain(HttpSecurity http, ChannelSecurity channels, ObjectProvider<RoleHome> homes)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", LOGIN, "/signup", "/verify", "/password-reset", "/password-reset/**", "/printers",
					"/printers/**", "/css/**", "/js/**", "/images/**", "/webjars/**", "/fonts/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/print/**", "/points", "/footprint", "/account/profile", "/account/delete")
			.hasRole(Role.MEMBER.name())
			.anyRequest()
			.authenticated());
		channels.pages(http)
			.formLogin((form) -> form.loginPage(LOGIN)
				.successHandler(homeByRole(homes.orderedStream().toList()))
				.failureHandler(loginFailureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?signed-out"));
		return http.build();
	}

	/**
	 * After login: the page the user asked for, else their role's home (as its channel
	 * says); everyone else's is their account page.
	 */
	private static AuthenticationSuccessHandler homeByRole(List<RoleHome> homes) {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) {
				return authentication.getAuthorities()
					.stream()
					.flatMap((authority) -> homes.stream().filter((home) -> home.isFor(authority.getAuthority())))
					.map(RoleHome::path)
					.findFirst()
					.orElse("/account");
			}
		};
	}

	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, ex) -> {
			String query = (ex instanceof LoginThrottledException throttled)
					? "throttled=" + throttled.retryAfterMinutes() : "error";
			response.setStatus(HttpServletResponse.SC_FOUND);
			response.sendRedirect(request.getContextPath() + LOGIN + "?" + query);
		};
	}

}
