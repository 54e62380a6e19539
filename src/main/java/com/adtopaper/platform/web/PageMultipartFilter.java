package com.adtopaper.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a page's multipart body before Spring Security does. The CSRF check asks for a
 * parameter, which makes Tomcat parse the body inside the filter chain, where no
 * exception handler reaches: a body without a boundary, cut off, or with a NUL in a file
 * name ended as a 500. Here it ends on the error page as a 400 (413 if too large). The
 * API has no CSRF check and parses its parts in the controller, where its exception
 * handler answers.
 */
class PageMultipartFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return request.getRequestURI().startsWith("/api/") || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			for (Part part : request.getParts()) {
				// Tomcat checks a file name (no NUL) only when it is asked for
				part.getSubmittedFileName();
			}
		}
		catch (IOException | ServletException | RuntimeException ex) {
			response.sendError(tooLarge(ex) ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| cause.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

}
