package com.adtopaper.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The words of a problem detail in the reader's language: the title by the status
 * ({@code problem.title.404}), the detail by its message key; Spring MVC's own errors by
 * {@code problemDetail.<exception class>}, a domain refusal by its code. Where the
 * bundles have no words for a status its reason phrase stays.
 */
final class ProblemWords {

	private ProblemWords() {
	}

	static String title(MessageSource messages, HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String phrase = (known != null) ? known.getReasonPhrase() : Integer.toString(status.value());
		return messages.getMessage("problem.title." + status.value(), null, phrase, locale());
	}

	static String text(MessageSource messages, String code, Object... arguments) {
		return messages.getMessage(code, arguments, locale());
	}

	static String text(MessageSource messages, MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, locale());
	}

	/** A problem with its title in the reader's words, unless it has its own. */
	static ProblemDetail titled(MessageSource messages, ProblemDetail problem) {
		HttpStatus known = HttpStatus.resolve(problem.getStatus());
		if (problem.getTitle() == null || (known != null && known.getReasonPhrase().equals(problem.getTitle()))) {
			problem.setTitle(title(messages, HttpStatusCode.valueOf(problem.getStatus())));
		}
		return problem;
	}

	static ProblemDetail problem(MessageSource messages, HttpStatusCode status, String detail) {
		return titled(messages, ProblemDetail.forStatusAndDetail(status, detail));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
