package com.adtopaper.platform.web;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.LoginThrottledException;
import com.adtopaper.platform.security.SignUpThrottledException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as an RFC 9457 problem detail: Spring MVC's own errors (via
 * {@link ResponseEntityExceptionHandler}), field errors with the field named, domain
 * refusals by their kind, and never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	record FieldProblem(String field, String message) {
	}

	static HttpStatus status(DomainException ex) {
		return switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case GONE -> HttpStatus.GONE;
		};
	}

	@ExceptionHandler
	ProblemDetail domain(DomainException ex) {
		var problem = ProblemDetail.forStatusAndDetail(status(ex), ex.getMessage());
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
		}
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> signUpThrottled(SignUpThrottledException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage()));
	}

	@ExceptionHandler
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "The e-mail or the password is wrong.");
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your account is not allowed to do this.");
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(ConcurrencyFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONCURRENT_CHANGE);
	}

	@ExceptionHandler
	ProblemDetail dateOutOfRange(DateTimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, DATE_OUT_OF_RANGE);
	}

	@ExceptionHandler
	ProblemDetail unreadableMultipart(MultipartException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UNREADABLE_MULTIPART);
	}

	@ExceptionHandler
	ProblemDetail dataIntegrity(DataIntegrityViolationException ex) {
		HttpStatus status = clientsFault(ex);
		if (status == null) {
			return unexpected(ex);
		}
		return ProblemDetail.forStatusAndDetail(status, (status == HttpStatus.CONFLICT) ? CONCURRENT_CHANGE
				: "A value of the request is larger than this service stores.");
	}

	static final String CONCURRENT_CHANGE = "This was changed by another request at the same time. Load it again and retry.";

	static final String DATE_OUT_OF_RANGE = "A date of the request is outside the range this service accepts.";

	static final String UNREADABLE_MULTIPART = "The multipart body cannot be read: it has no boundary or is cut off.";

	/**
	 * A duplicate key (two requests at once) or a value too large for its column is the
	 * client's; any other broken constraint is a bug of ours.
	 */
	static @Nullable HttpStatus clientsFault(DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(java.util.Locale.ROOT);
		if (message.contains("duplicate entry") || message.contains("unique index")) {
			return HttpStatus.CONFLICT;
		}
		if (message.contains("data too long") || message.contains("out of range")
				|| message.contains("value too long")) {
			return HttpStatus.BAD_REQUEST;
		}
		return null;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing was changed by this request.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(new FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		return invalid(errors, headers);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(String.valueOf(result.getMethodParameter().getParameterName()),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return invalid(errors, headers);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(new FieldProblem(ex.getRequestPartName(), "is required")), headers);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String limit = (ex.getMaxUploadSize() > 0) ? DataSize.ofBytes(ex.getMaxUploadSize()).toMegabytes() + " MB"
				: "the limit";
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.headers(headers)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The upload is larger than " + limit + ", the most this service accepts."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causeOfType(ex, BodyTooLargeException.class) instanceof BodyTooLargeException tooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.headers(headers)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
		}
		if (causeOfType(ex, JacksonException.class) instanceof JacksonException json
				&& !(json instanceof StreamReadException) && !json.getPath().isEmpty()) {
			return invalid(List.of(new FieldProblem(path(json), fieldMessage(json))), headers);
		}
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON"
				+ ((ex.getCause() != null) ? ": " + firstLine(ex.getCause()) : "."));
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	private static ResponseEntity<Object> invalid(List<FieldProblem> errors, HttpHeaders headers) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are not valid: " + errors.stream()
					.map((error) -> error.field() + " " + error.message())
					.collect(Collectors.joining("; ")));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	private static String path(JacksonException ex) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String fieldMessage(JacksonException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants()) + ", not '"
					+ invalid.getValue() + "'";
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be a " + describe(mismatch.getTargetType());
		}
		return firstLine(ex);
	}

	private static String describe(Class<?> type) {
		Map<Class<?>, String> names = Map.of(Integer.class, "whole number", int.class, "whole number", Long.class,
				"whole number", long.class, "whole number", Boolean.class, "boolean", boolean.class, "boolean",
				String.class, "string");
		return names.getOrDefault(type, type.getSimpleName());
	}

	private static String firstLine(Throwable ex) {
		String message = (ex instanceof JacksonException json) ? json.getOriginalMessage() : ex.getMessage();
		if (message == null) {
			return ex.getClass().getSimpleName();
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	private static @Nullable Throwable causeOfType(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return cause;
			}
		}
		return null;
	}

}
