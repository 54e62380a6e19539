package com.adtopaper.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import com.adtopaper.points.LedgerEntry;
import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ledger entry in the member's words: "아침 포인트", "12면 인쇄", "3면 환불: 용지 없음". What an entry
 * of a print job says comes from the job (its sides, what printed, why it stopped), not
 * from the text the ledger stored for operators.
 */
@Component
class LedgerLines {

	private static final DateTimeFormatter KOREAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Seoul"));

	private static final String MORNING = "Free points of ";

	private static final String WELCOME = "Welcome bonus";

	/** What an operator's adjustment once carried after its reason: not for members. */
	private static final Pattern OPERATOR = Pattern.compile("\\s*\\(operator \\d+\\)\\s*$");

	/**
	 * A line of the points page.
	 *
	 * @param when in Korean time
	 * @param what the entry explained
	 * @param change the change of the points the member can spend
	 * @param held the change of the points held for jobs
	 */
	record LedgerLine(String when, String what, long change, long held) {
	}

	private final MessageSource messages;

	private final PrintJobs jobs;

	LedgerLines(MessageSource messages, PrintJobs jobs) {
		this.messages = messages;
		this.jobs = jobs;
	}

	LedgerLine explain(LedgerEntry entry, Locale locale) {
		return new LedgerLine(KOREAN_TIME.format(entry.createdAt()), what(entry, locale), entry.availableChange(),
				entry.heldChange());
	}

	private String what(LedgerEntry entry, Locale locale) {
		PrintJob job = job(entry);
		return switch (entry.kind()) {
			case GRANT -> grant(entry, locale);
			case HOLD ->
				(job != null) ? text(locale, "web.points.held", job.sides()) : text(locale, "web.points.held-other");
			case CHARGE -> (job != null) ? text(locale, "web.points.printed", job.pagesPrinted())
					: text(locale, "web.points.spent", entry.reason());
			case RELEASE -> released(job, locale);
			case ADJUSTMENT -> text(locale, "web.points.adjustment", OPERATOR.matcher(entry.reason()).replaceAll(""));
			case REFUND -> text(locale, "web.points.refund", entry.reason());
		};
	}

	private String grant(LedgerEntry entry, Locale locale) {
		if (entry.reason().startsWith(MORNING)) {
			return text(locale, "web.points.morning", entry.reason().substring(MORNING.length()));
		}
		if (entry.reason().equals(WELCOME)) {
			return text(locale, "web.points.welcome");
		}
		return text(locale, "web.points.granted", entry.reason());
	}

	private String released(@Nullable PrintJob job, Locale locale) {
		if (job == null) {
			return text(locale, "web.points.released-other");
		}
		int unprinted = job.sides() - job.pagesPrinted();
		FailureReason reason = job.failureReason();
		if (job.status() == JobStatus.FAILED && reason != null) {
			return text(locale, "web.points.returned-because", unprinted,
					text(locale, "web.points.reason." + reason.name()));
		}
		String why = switch (job.status()) {
			case CANCELLED -> "web.points.why.cancelled";
			case EXPIRED -> "web.points.why.expired";
			default -> "web.points.why.unprinted";
		};
		return text(locale, "web.points.returned-because", unprinted, text(locale, why));
	}

	/** The print job an entry belongs to, if it belongs to one of the member's. */
	private @Nullable PrintJob job(LedgerEntry entry) {
		String prefix = PrintJob.holdKeyOf("");
		if (entry.holdKey() == null || !entry.holdKey().startsWith(prefix)) {
			return null;
		}
		try {
			return this.jobs.get(entry.memberId(), entry.holdKey().substring(prefix.length()));
		}
		catch (NoSuchJob ex) {
			return null;
		}
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
