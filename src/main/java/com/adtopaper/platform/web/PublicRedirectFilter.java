package com.adtopaper.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code Location} the service sends points at its public base URL. The servlet
 * container and Spring Security build absolute redirects from the request's {@code Host}
 * (or {@code X-Forwarded-Host}), which a client chooses: a forged host would send a user,
 * or a cache's copy of a redirect, to another site. Neither offers a setting that fixes
 * the host for every redirect they make (the container's relative-redirect switch does
 * not cover Spring Security's absolute login URLs), so this filter rewrites them: a
 * relative location is resolved against the base URL, and an absolute one naming the
 * request's own host gets the base URL's scheme and authority. Locations on other hosts
 * (a pre-signed download) are left as they are.
 */
final class PublicRedirectFilter extends OncePerRequestFilter {

	private final URI base;

	PublicRedirectFilter(URI base) {
		this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new PublicLocations(request, response));
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	String resolve(HttpServletRequest request, String location) {
		URI uri;
		try {
			uri = new URI(location);
		}
		catch (URISyntaxException ex) {
			// not ours to repair: a relative path with characters the URI syntax refuses
			return location;
		}
		if (uri.isAbsolute() || location.startsWith("//")) {
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return location;
			}
			return this.base.resolve(pathAndQuery(uri).substring(1)).toString();
		}
		if (location.startsWith("/")) {
			return this.base.resolve(location.substring(1)).toString();
		}
		// relative to the request's path, as the container would resolve it
		return this.base.resolve(request.getRequestURI().substring(1)).resolve(location).toString();
	}

	private static String pathAndQuery(URI uri) {
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		String fragment = (uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "";
		return path + query + fragment;
	}

	private final class PublicLocations extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		PublicLocations(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			sendRedirect(location, SC_FOUND, true);
		}

		@Override
		public void sendRedirect(String location, boolean clearBuffer) throws IOException {
			sendRedirect(location, SC_FOUND, clearBuffer);
		}

		@Override
		public void sendRedirect(String location, int status) throws IOException {
			sendRedirect(location, status, true);
		}

		@Override
		public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
			// the container would make the location absolute from the Host header: the
			// status and header are set here instead, as sendRedirect would set them
			if (isCommitted()) {
				throw new IllegalStateException("The response is committed: it cannot redirect");
			}
			if (clearBuffer) {
				resetBuffer();
			}
			setStatus(status);
			setHeader(HttpHeaders.LOCATION, location);
			flushBuffer();
		}

		@Override
		public void setHeader(String name, @Nullable String value) {
			super.setHeader(name, isLocation(name, value) ? resolve(this.request, value) : value);
		}

		@Override
		public void addHeader(String name, @Nullable String value) {
			super.addHeader(name, isLocation(name, value) ? resolve(this.request, value) : value);
		}

		private static boolean isLocation(String name, @Nullable String value) {
			return value != null && HttpHeaders.LOCATION.equalsIgnoreCase(name);
		}

	}

}
