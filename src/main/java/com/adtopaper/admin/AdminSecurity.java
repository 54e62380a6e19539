package com.adtopaper.admin;

import java.io.IOException;
import java.util.Set;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.security.RoleHome;
import com.adtopaper.platform.web.ApiChannel;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The operators' API and site. Operators (ADMIN) see and change; support staff (SUPPORT)
 * see and change nothing. On the site both need a second factor after their password:
 * Spring Security's multi-factor rules, with a factor of ours ({@code FACTOR_TOTP}) that
 * {@link SecondFactorController} grants once an RFC 6238 code is right; until then every
 * admin page sends the operator to it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminSecurity {

	/** The authority the second factor adds to an operator's sign-in. */
	static final String TOTP_FACTOR = FactorGrantedAuthority.fromFactor("TOTP").getAuthority();

	static final String SECOND_FACTOR_PAGE = "/admin/second-factor";

	static final Set<String> OPERATOR_ROLES = Set.of(Role.ADMIN.authority(), Role.SUPPORT.authority());

	@Bean
	ApiChannel adminApi() {
		return ApiChannel.bearer("admin", "Admin API",
				"Operators: sites and printers, members and their points, campaign review, the job queues.",
				"/api/v1/admin/");
	}

	@Bean
	RoleHome adminHome() {
		return new RoleHome(Role.ADMIN, "/admin");
	}

	@Bean
	RoleHome supportHome() {
		return new RoleHome(Role.SUPPORT, "/admin");
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain adminApiChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		http.securityMatcher("/api/v1/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/admin/**")
				.hasAnyRole(Role.ADMIN.name(), Role.SUPPORT.name())
				.anyRequest()
				.hasRole(Role.ADMIN.name()));
		return channels.api(http).build();
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain adminSiteChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		AuthorizationManager<RequestAuthorizationContext> operator = AuthorityAuthorizationManager
			.hasAnyRole(Role.ADMIN.name(), Role.SUPPORT.name());
		AuthorizationManager<RequestAuthorizationContext> secondFactor = AuthorityAuthorizationManager
			.hasAuthority(TOTP_FACTOR);
		http.securityMatcher("/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(SECOND_FACTOR_PAGE)
				.access(operator)
				.requestMatchers(HttpMethod.GET, "/admin/**")
				.access(AuthorizationManagers.allOf(operator, secondFactor))
				.anyRequest()
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()),
						secondFactor)));
		channels.pages(http).exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(secondFactorFirst()));
		return http.build();
	}

	/**
	 * An operator who has not given their second factor yet is sent to it; anyone else
	 * refused gets the site's 403 page.
	 */
	private static AccessDeniedHandler secondFactorFirst() {
		AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
		return new AccessDeniedHandler() {
			@Override
			public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
					throws IOException, ServletException {
				Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
				if (signedIn != null && isOperator(signedIn) && !hasSecondFactor(signedIn)) {
					response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
					return;
				}
				refuse.handle(request, response, denied);
			}
		};
	}

	static boolean isOperator(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(OPERATOR_ROLES::contains);
	}

	static boolean hasSecondFactor(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(TOTP_FACTOR::equals);
	}

}
