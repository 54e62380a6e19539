package com.adtopaper.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen outside any controller (no route, wrong method, a filter's refusal)
 * end on the error page; for clients that do not ask for HTML this answers with a problem
 * detail, the same shape as every other API error, in the reader's language. Browsers
 * still get the HTML error page.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

	private final MessageSource messages;

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, MessageSource messages) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
		this.messages = messages;
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return ResponseEntity.noContent().build();
		}
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path == null) {
			path = request.getRequestURI();
		}
		String detail = switch (status) {
			case NOT_FOUND -> ProblemWords.text(this.messages, "problem.nothing-at", path);
			case METHOD_NOT_ALLOWED ->
				ProblemWords.text(this.messages, "problem.method-not-accepted", path, request.getMethod());
			default -> ProblemWords.title(this.messages, status) + ".";
		};
		Map<String, Object> problem = ProblemResponses.problem(ProblemWords.title(this.messages, status), status,
				detail, String.valueOf(path));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * {@code /error} asked for directly is no error that happened: there is nothing
	 * there.
	 */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

}
