package com.adtopaper.platform.web;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.LoginThrottledException;
import com.adtopaper.platform.security.SignUpThrottledException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.context.MessageSource;
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
 * refusals by their kind, and never a stack trace. The status and wording of each failure
 * come from {@link ProblemCatalog}, the description of an unreadable JSON body from
 * {@link JsonBodyProblems}; every title and detail in the reader's language
 * ({@link ProblemWords}). It stays one advice on purpose: Spring picks the closest
 * handler within an advice but the first advice with any match, even by a cause, so split
 * advices would let a wrapped cause win over the handler of the exception itself.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ProblemDetail domain(DomainException ex) {
		String words = ProblemWords.text(messages(), ex);
		var problem = problem(ProblemCatalog.status(ex), words);
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(new FieldProblem(ex.field(), words)));
		}
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, words(LoginThrottledException.WORDS, ex.retryAfterMinutes())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> signUpThrottled(SignUpThrottledException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, words(SignUpThrottledException.WORDS, ex.retryAfterMinutes())));
	}

	@ExceptionHandler
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, words("problem.unauthenticated"));
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, words("problem.forbidden"));
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(ConcurrencyFailureException ex) {
		return problem(HttpStatus.CONFLICT, words(ProblemCatalog.CONCURRENT_CHANGE));
	}

	@ExceptionHandler
	ProblemDetail dateOutOfRange(DateTimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, words(ProblemCatalog.DATE_OUT_OF_RANGE));
	}

	@ExceptionHandler
	ProblemDetail unreadableMultipart(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, words(ProblemCatalog.UNREADABLE_MULTIPART));
	}

	@ExceptionHandler
	ProblemDetail dataIntegrity(DataIntegrityViolationException ex) {
		HttpStatus status = ProblemCatalog.clientsFault(ex);
		if (status == null) {
			return unexpected(ex);
		}
		return problem(status, words(
				(status == HttpStatus.CONFLICT) ? ProblemCatalog.CONCURRENT_CHANGE : ProblemCatalog.VALUE_TOO_LONG));
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, words("problem.unexpected"));
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
		return invalid(List.of(new FieldProblem(ex.getRequestPartName(), words("problem.required"))), headers);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = (ex.getMaxUploadSize() > 0)
				? words("problem.upload-larger-than", DataSize.ofBytes(ex.getMaxUploadSize()).toMegabytes() + " MB")
				: words(ProblemCatalog.UPLOAD_TOO_LARGE);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.headers(headers)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, detail));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (JsonBodyProblems.causeOfType(ex, BodyTooLargeException.class) instanceof BodyTooLargeException tooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.headers(headers)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
		}
		if (JsonBodyProblems.causeOfType(ex, JacksonException.class) instanceof JacksonException json
				&& !(json instanceof StreamReadException) && !json.getPath().isEmpty()) {
			return invalid(List.of(JsonBodyProblems.fieldProblem(json)), headers);
		}
		var problem = problem(HttpStatus.BAD_REQUEST,
				(ex.getCause() != null) ? words("problem.not-json.because", JsonBodyProblems.firstLine(ex.getCause()))
						: words("problem.not-json"));
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	/**
	 * Spring MVC's own errors, with the words of their {@code problemDetail.} keys where
	 * the bundles have them, and the title in the reader's language.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			ProblemWords.titled(messages(), problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private MessageSource messages() {
		return Objects.requireNonNull(getMessageSource(), "the application context gives every bean its messages");
	}

	private String words(String code, Object... arguments) {
		return ProblemWords.text(messages(), code, arguments);
	}

	private ProblemDetail problem(HttpStatusCode status, String detail) {
		return ProblemWords.problem(messages(), status, detail);
	}

	private ResponseEntity<Object> invalid(List<FieldProblem> errors, HttpHeaders headers) {
		var problem = problem(HttpStatus.BAD_REQUEST,
				words("problem.invalid-fields",
						errors.stream()
							.map((error) -> error.field() + " " + error.message())
							.collect(Collectors.joining("; "))));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

}
