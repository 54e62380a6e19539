package com.adtopaper.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details where Spring MVC's exception handlers do not reach:
 * from servlet filters (security, body limits) and the error page. A browser (a request
 * that prefers HTML) gets the site's error page instead, never raw JSON.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	private final MessageSource messages;

	ProblemResponses(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/**
	 * Whether the client asks for HTML before JSON, as a browser navigating to the path
	 * does ({@code text/html,...,* / *;q=0.8}); API clients ask for JSON or nothing.
	 */
	public static boolean prefersHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		double html = 0;
		double json = 0;
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					continue;
				}
				if (type.equalsTypeAndSubtype(MediaType.TEXT_HTML)
						|| type.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML)) {
					html = Math.max(html, type.getQualityValue());
				}
				else if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
					json = Math.max(json, type.getQualityValue());
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return html > json;
	}

	static Map<String, Object> problem(String title, HttpStatus status, String detail, String instance) {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		return problem;
	}

	/**
	 * Writes the problem with its detail in the reader's language.
	 * @param request the request
	 * @param response its response
	 * @param status the status
	 * @param code the message bundles' key of the detail
	 * @param english the detail where the bundles have no words for it
	 * @param arguments the key's arguments
	 * @throws IOException if the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String english, Object... arguments) throws IOException {
		write(request, response, status, this.messages.getMessage(code, arguments, english, WebLocales.of(request)));
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		if (prefersHtml(request)) {
			// the error dispatch renders the error page of the channel that owns the path
			response.sendError(status.value(), detail);
			return;
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// outside the dispatcher: the language as its locale resolver would choose it
		Locale locale = WebLocales.of(request);
		String title = this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
				locale);
		this.json.writeValue(response.getOutputStream(), problem(title, status, detail, request.getRequestURI()));
	}

}
