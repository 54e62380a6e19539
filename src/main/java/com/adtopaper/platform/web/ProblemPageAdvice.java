package com.adtopaper.platform.web;

import java.time.DateTimeException;
import java.util.Objects;
import java.util.stream.Collectors;

import com.adtopaper.platform.DomainException;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceAware;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A domain refusal on a page (another advertiser's campaign, a state that does not allow
 * the action) as the channel's problem page, with its status and message. Each channel
 * with pages extends it as a {@code @ControllerAdvice} for its own controllers
 * ({@code basePackageClasses}) with {@code @Order(Ordered.LOWEST_PRECEDENCE)}, so that
 * the JSON API's handler still runs first for REST controllers, and names its view; the
 * view gets {@code message}, in the reader's language.
 */
public abstract class ProblemPageAdvice implements MessageSourceAware {

	private final String view;

	private @Nullable MessageSource messages;

	/**
	 * @param view the channel's problem page
	 */
	protected ProblemPageAdvice(String view) {
		this.view = view;
	}

	@Override
	public void setMessageSource(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView domain(DomainException ex) {
		return page(ProblemCatalog.status(ex), ProblemWords.text(messages(), ex));
	}

	@ExceptionHandler
	ModelAndView concurrentChange(ConcurrencyFailureException ex) {
		return page(HttpStatus.CONFLICT, words(ProblemCatalog.CONCURRENT_CHANGE));
	}

	@ExceptionHandler
	ModelAndView dateOutOfRange(DateTimeException ex) {
		return page(HttpStatus.BAD_REQUEST, words(ProblemCatalog.DATE_OUT_OF_RANGE));
	}

	/**
	 * A query or path value that is not of its type ({@code ?day=notadate}): the page a
	 * browser asked for cannot be drawn, and the browser gets the channel's page, never
	 * the JSON of the error controller.
	 */
	@ExceptionHandler
	ModelAndView unreadableValue(TypeMismatchException ex) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return page(HttpStatus.BAD_REQUEST, words("problem.unreadable-value", name));
	}

	/**
	 * A form or query value outside its bounds ({@code @Size}, {@code @Min} on a page
	 * controller's parameter): the page says which, instead of the server error it would
	 * otherwise be.
	 */
	@ExceptionHandler
	ModelAndView invalidValue(ConstraintViolationException ex) {
		String fields = ex.getConstraintViolations().stream().map((violation) -> {
			String path = violation.getPropertyPath().toString();
			return path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage();
		}).sorted().collect(Collectors.joining("; "));
		return page(HttpStatus.BAD_REQUEST, words("problem.invalid-value", fields));
	}

	@ExceptionHandler
	ModelAndView unreadableMultipart(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return page(HttpStatus.CONTENT_TOO_LARGE, words(ProblemCatalog.UPLOAD_TOO_LARGE));
		}
		return page(HttpStatus.BAD_REQUEST, words(ProblemCatalog.UNREADABLE_MULTIPART));
	}

	@ExceptionHandler
	ModelAndView dataIntegrity(DataIntegrityViolationException ex) {
		HttpStatus status = ProblemCatalog.clientsFault(ex);
		if (status == null) {
			throw ex;
		}
		return page(status, words(
				(status == HttpStatus.CONFLICT) ? ProblemCatalog.CONCURRENT_CHANGE : ProblemCatalog.VALUE_TOO_LONG));
	}

	private MessageSource messages() {
		return Objects.requireNonNull(this.messages, "the application context gives every advice its messages");
	}

	private String words(String code, Object... arguments) {
		return ProblemWords.text(messages(), code, arguments);
	}

	private ModelAndView page(HttpStatus status, @Nullable String message) {
		ModelAndView page = new ModelAndView(this.view);
		page.setStatus(status);
		page.addObject("message", message);
		return page;
	}

}
