package com.adtopaper.platform.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id for its log lines (MDC {@code requestId}) and answers with it
 * ({@code X-Request-Id}): the one HAProxy set (and Nginx passed on), so that one request
 * is found in every tier's logs, or a new one when there is none. An id a client made up
 * reaches the logs only if it looks like an id (letters, digits, {@code -_.:}, at most
 * 64): anything else (a line break, a quote, a forged JSON field, 10 kB) is replaced.
 */
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = usable(request.getHeader(HEADER)) ? request.getHeader(HEADER) : UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, id);
		withId(id, request, response, chain);
	}

	/** The error page a failed request ends on logs and answers with the request's id. */
	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		if (request.getAttribute(ATTRIBUTE) instanceof String id) {
			withId(id, request, response, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static void withId(String id, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static boolean usable(@Nullable String id) {
		return id != null && SHAPE.matcher(id).matches();
	}

}
