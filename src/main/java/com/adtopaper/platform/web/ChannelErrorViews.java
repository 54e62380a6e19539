package com.adtopaper.platform.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A channel's error page for browsers, for errors outside its controllers (no such page,
 * a refused role, a wrong method): each channel with pages contributes one for the paths
 * it owns, and the one for every other path comes last. The view gets the error's
 * attributes and {@code messageKey}, the message bundle's key for what happened.
 */
public class ChannelErrorViews implements ErrorViewResolver, Ordered {

	private final String view;

	private final @Nullable String pathPrefix;

	/**
	 * @param view the channel's error page
	 * @param pathPrefix the paths it is for, such as {@code /advertiser/}; {@code null}
	 * for every path (the one that comes last)
	 */
	public ChannelErrorViews(String view, @Nullable String pathPrefix) {
		this.view = view;
		this.pathPrefix = pathPrefix;
	}

	@Override
	public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status,
			Map<String, Object> model) {
		if (this.pathPrefix != null) {
			Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (path == null || !(path.toString() + "/").startsWith(this.pathPrefix)) {
				return null;
			}
		}
		Map<String, Object> page = new HashMap<>(model);
		page.put("messageKey", messageKey(status));
		return new ModelAndView(this.view, page, status);
	}

	/** The message bundle's key for an error of this status. */
	public static String messageKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.not-found";
			case FORBIDDEN -> "error.forbidden";
			case UNAUTHORIZED -> "error.unauthorized";
			case METHOD_NOT_ALLOWED -> "error.method-not-allowed";
			case CONTENT_TOO_LARGE -> "error.too-large";
			default -> status.is5xxServerError() ? "error.server" : "error.request";
		};
	}

	@Override
	public int getOrder() {
		return (this.pathPrefix != null) ? 0 : Ordered.LOWEST_PRECEDENCE;
	}

}
