package com.adtopaper.platform.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Whether the channels' own security rules let a caller without credentials through a
 * route: the first filter chain that takes the request decides, as it does for a real
 * one. The API description asks, so that it shows a lock exactly where a route needs
 * credentials.
 */
final class AnonymousAccess {

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("api-docs", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final @Nullable FilterChainProxy chains;

	AnonymousAccess(@Nullable FilterChainProxy chains) {
		this.chains = chains;
	}

	/**
	 * @param path a path, with values in place of its variables
	 * @param method the HTTP method
	 * @return whether an anonymous request is let through; with no security at all (none
	 * configured) it is not known, and taken as no
	 */
	boolean allowed(String path, String method) {
		if (this.chains == null) {
			return false;
		}
		HttpServletRequest request = new HttpServletRequestWrapper(
				new FilterInvocation("", path, method).getHttpRequest()) {

			private final Map<String, Object> attributes = new HashMap<>();

			@Override
			public DispatcherType getDispatcherType() {
				return DispatcherType.REQUEST;
			}

			@Override
			public @Nullable Object getAttribute(String name) {
				return this.attributes.get(name);
			}

			@Override
			public Enumeration<String> getAttributeNames() {
				return Collections.enumeration(this.attributes.keySet());
			}

			@Override
			public void setAttribute(String name, Object value) {
				this.attributes.put(name, value);
			}

			@Override
			public void removeAttribute(String name) {
				this.attributes.remove(name);
			}

		};
		for (SecurityFilterChain chain : this.chains.getFilterChains()) {
			if (chain.matches(request)) {
				return chain.getFilters()
					.stream()
					.filter(AuthorizationFilter.class::isInstance)
					.map((filter) -> ((AuthorizationFilter) filter).getAuthorizationManager()
						.authorize(() -> ANONYMOUS, request))
					.findFirst()
					.map(AuthorizationResult::isGranted)
					.orElse(true);
			}
		}
		return true;
	}

}
