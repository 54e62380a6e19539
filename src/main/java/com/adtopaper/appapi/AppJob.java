package com.adtopaper.appapi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * A print job as the member's app sees it: why it failed as a stable code the app may
 * react to and a sentence to show, in the member's language, never the printer's own
 * words (those are for partners and operators).
 *
 * @param failureReason why it failed, if it did
 * @param failureMessage that reason in a sentence, in Korean unless the app asks for
 * English ({@code Accept-Language})
 * @param coverSheet hand-in-safe: its ad is on a cover sheet, its first side, and its
 * pages carry none (their points are the higher price of a side without an ad)
 */
record AppJob(String id, long memberId, long documentId, JobStatus status, int copies, boolean duplex, int firstPage,
		int lastPage, int sides, long points, String releaseCode, @Nullable Long printerId, int pagesPrinted,
		@Nullable FailureReason failureReason, @Nullable String failureMessage, Instant expiresAt, Instant createdAt,
		@Nullable Instant finishedAt, boolean coverSheet) {

	private static final List<Locale> LANGUAGES = List.of(Locale.KOREAN, Locale.ENGLISH);

	static AppJob of(PrintJob job, MessageSource messages, @Nullable String acceptLanguage) {
		FailureReason reason = job.failureReason();
		String message = (reason != null)
				? messages.getMessage(reason.messageKey(language(acceptLanguage)), null, Locale.KOREAN) : null;
		return new AppJob(job.id(), job.memberId(), job.documentId(), job.status(), job.copies(), job.duplex(),
				job.firstPage(), job.lastPage(), job.sides(), job.points(), job.releaseCode(), job.printerId(),
				job.pagesPrinted(), reason, message, job.expiresAt(), job.createdAt(), job.finishedAt(),
				job.coverSheet());
	}

	/**
	 * Korean or English, whichever the header prefers; Korean when it asks for neither,
	 * or cannot be read.
	 */
	static Locale language(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.KOREAN;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
			return (chosen != null) ? chosen : Locale.KOREAN;
		}
		catch (IllegalArgumentException ex) {
			return Locale.KOREAN;
		}
	}

}
