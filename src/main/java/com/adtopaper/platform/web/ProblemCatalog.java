package com.adtopaper.platform.web;

import java.util.Locale;

import com.adtopaper.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/**
 * What a failure means to the client, its status and its wording (the message bundles'
 * keys), the same for the JSON API ({@link ApiExceptionHandler}) and the pages
 * ({@link ProblemPageAdvice}).
 */
final class ProblemCatalog {

	static final String CONCURRENT_CHANGE = "problem.concurrent-change";

	static final String DATE_OUT_OF_RANGE = "problem.date-out-of-range";

	static final String UNREADABLE_MULTIPART = "problem.unreadable-multipart";

	static final String VALUE_TOO_LONG = "problem.value-too-long";

	static final String UPLOAD_TOO_LARGE = "problem.upload-too-large";

	private ProblemCatalog() {
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

	/**
	 * A duplicate key (two requests at once) or a value too large for its column is the
	 * client's; any other broken constraint is a bug of ours.
	 */
	static @Nullable HttpStatus clientsFault(DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("duplicate entry") || message.contains("unique index")) {
			return HttpStatus.CONFLICT;
		}
		if (message.contains("data too long") || message.contains("out of range")
				|| message.contains("value too long")) {
			return HttpStatus.BAD_REQUEST;
		}
		return null;
	}

}
