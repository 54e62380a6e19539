package com.adtopaper.printing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The refusals of the printing module. */
public final class PrintingExceptions {

	private PrintingExceptions() {
	}

	/**
	 * An uploaded file we will not print: not a PDF or image, damaged, too large,
	 * protected by a password. Nothing of it is kept.
	 */
	public static final class InvalidDocument extends DomainException {

		public InvalidDocument(String message) {
			super(Kind.INVALID, "file", message, Words.DOCUMENT.code(message), Words.DOCUMENT.arguments(message));
		}

	}

	/** The member has not verified their school e-mail yet: no printing until then. */
	public static final class MemberNotVerified extends DomainException {

		public MemberNotVerified() {
			super(Kind.FORBIDDEN, "Verify your school e-mail address first: open the link we mailed you, "
					+ "or enter its code in the app. Printing starts once you have.");
		}

	}

	/** No such job, or not the caller's. */
	public static final class NoSuchJob extends DomainException {

		public NoSuchJob(String id) {
			this(id, null, id);
		}

		private NoSuchJob(String id, @Nullable String code, String argument) {
			super(Kind.NOT_FOUND, null, "There is no print job " + id + ".", code, argument);
		}

		/** No job waits to be released with this code (at the caller's printer). */
		public static NoSuchJob withReleaseCode(String releaseCode) {
			return new NoSuchJob("with code " + releaseCode, "problem.printing.no-job-with-code", releaseCode);
		}

	}

	/** No such document, or not the caller's. */
	public static final class NoSuchDocument extends DomainException {

		public NoSuchDocument(long id) {
			super(Kind.NOT_FOUND, null, "There is no document " + id + ".", null, Long.toString(id));
		}

	}

	/**
	 * The document's file was deleted after the retention period: upload it again to
	 * print it.
	 */
	public static final class DocumentExpired extends DomainException {

		public DocumentExpired(long id) {
			super(Kind.GONE, null, "Document " + id
					+ " was deleted after the retention period, as members' documents are; upload it again to print it.",
					null, Long.toString(id));
		}

	}

	/** No printer with this id or code. */
	public static final class NoSuchPrinter extends DomainException {

		public NoSuchPrinter(String printer) {
			super(Kind.NOT_FOUND, null, "There is no printer " + printer + ".", null, printer);
		}

		private NoSuchPrinter(long printerId, long siteId) {
			super(Kind.NOT_FOUND, null, "There is no printer " + printerId + " at site " + siteId + ".",
					"problem.printing.no-printer-at-site", Long.toString(printerId), Long.toString(siteId));
		}

		/** The site has no printer with this id. */
		public static NoSuchPrinter atSite(long printerId, long siteId) {
			return new NoSuchPrinter(printerId, siteId);
		}

	}

	/** No site with this id, or not the partner's. */
	public static final class NoSuchSite extends DomainException {

		public NoSuchSite(long id) {
			super(Kind.NOT_FOUND, null, "There is no site " + id + ".", null, Long.toString(id));
		}

	}

	/** A job option the rules do not accept. */
	public static final class InvalidJob extends DomainException {

		public InvalidJob(String field, String message) {
			super(Kind.INVALID, field, message, Words.JOB.code(message), Words.JOB.arguments(message));
		}

		/**
		 * @param field the option refused
		 * @param message the English words
		 * @param code the message bundles' key of the words for a person
		 * @param arguments the key's arguments
		 */
		public InvalidJob(String field, String message, String code, Object... arguments) {
			super(Kind.INVALID, field, message, code, arguments);
		}

	}

	/** The job's status does not allow this. */
	public static final class JobStateConflict extends DomainException {

		public JobStateConflict(JobStatus status, String action) {
			super(Kind.CONFLICT, null, "A " + status.name().toLowerCase(Locale.ROOT) + " job cannot be " + action + ".",
					null,
					new DefaultMessageSourceResolvable(new String[] { "job.state." + status.name() },
							status.name().toLowerCase(Locale.ROOT)),
					new DefaultMessageSourceResolvable(new String[] { "job.action." + action.replace(' ', '-') },
							action));
		}

	}

	/** The printer cannot take jobs now (offline, out of paper, an error). */
	public static final class PrinterUnavailable extends DomainException {

		public PrinterUnavailable(String code) {
			super(Kind.CONFLICT, null, "Printer " + code + " cannot print right now; choose another one.", null, code);
		}

	}

	/**
	 * A duplex job released to a printer that prints one side only: the member may
	 * release it again to print it one-sided, for the price this tells.
	 */
	public static final class DuplexUnsupported extends DomainException {

		public DuplexUnsupported(String printer, int sides, long points) {
			super(Kind.CONFLICT, "oneSided",
					"프린터 " + printer + "는 단면 인쇄만 합니다. 단면으로 인쇄하면 " + sides + "면, " + points + "포인트입니다. / Printer "
							+ printer + " prints one side only: printed one-sided, this job is " + sides + " pages for "
							+ points + " points. Accept one-sided printing to release it there.",
					null, printer, Integer.toString(sides), Long.toString(points));
		}

	}

	/**
	 * A printer's report that does not fit the job (fewer pages than before, too many).
	 */
	public static final class InvalidReport extends DomainException {

		public InvalidReport(String message) {
			super(Kind.CONFLICT, null, message, Words.REPORT.code(message), Words.REPORT.arguments(message));
		}

	}

	/**
	 * The words for a person of the refusals whose callers (the module's internals and
	 * {@link PrintJobs}) give only the English message: each message as a pattern, with
	 * {@code {0}}, {@code {1}}... (in that order) where its values go, and the message
	 * bundles' key of its words, whose arguments the values are. A message that no
	 * pattern matches keeps its English words, so until those callers name their keys
	 * themselves a changed message needs its pattern changed here too
	 * ({@code PrintingRefusalWordsTests} holds each to its English words).
	 */
	static final class Words {

		/** Where a value goes; declared first, as the patterns below need it. */
		private static final Pattern VALUE = Pattern.compile("\\{\\d}");

		static final Words DOCUMENT = new Words(Map.ofEntries(
				Map.entry("problem.printing.document-empty", "The file is empty."),
				Map.entry("problem.printing.document-choose", "Choose a PDF, JPEG or PNG file to upload."),
				Map.entry("problem.printing.document-too-large",
						"The file is larger than {0} MB; split it or make it smaller and upload again."),
				Map.entry("problem.printing.document-not-a-pdf", "This file is not a PDF, although its name says so."),
				Map.entry("problem.printing.document-type", "Only PDF, JPEG and PNG files can be printed."),
				Map.entry("problem.printing.document-no-printing",
						"The author of this PDF does not allow printing it."),
				Map.entry("problem.printing.document-password",
						"This PDF is protected by a password; remove it and upload again."),
				Map.entry("problem.printing.document-damaged",
						"This PDF is damaged or incomplete; save it again and upload it again."),
				Map.entry("problem.printing.document-page-tree",
						"This PDF's page tree is malformed; save it again and upload it again."),
				Map.entry("problem.printing.document-too-many-pages",
						"This PDF has more than {0} pages; split it and upload the parts."),
				Map.entry("problem.printing.document-no-pages", "This PDF has no pages."),
				Map.entry("problem.printing.document-too-complex",
						"This PDF is built in a way we cannot print (its objects nest too deeply or its pages are too complex)."),
				Map.entry("problem.printing.document-image-in-pdf-too-large",
						"This PDF holds an image too large to print; make it smaller and upload again."),
				Map.entry("problem.printing.document-image-too-large",
						"This image is too large to print ({0} × {1} pixels; at most {2} million); make it smaller and upload it again."),
				Map.entry("problem.printing.document-image-damaged",
						"This {0} image is damaged or incomplete; save it again and upload it again.")));

		static final Words JOB = new Words(Map.of("problem.printing.job-copies", "Copies go from 1 to {0}.",
				"problem.printing.job-first-page", "The document has pages 1 to {0}.", "problem.printing.job-last-page",
				"The last page must be from {0} to {1}."));

		static final Words REPORT = new Words(Map.of("problem.printing.report-out-of-order",
				"Job {0} has {1} pages printed already; a report of {2} comes out of order.",
				"problem.printing.report-too-many", "Job {0} has only {1} pages.", "problem.printing.report-repeated",
				"Side {0} of job {1} was reported already."));

		private final Map<String, String> english;

		private final Map<String, Pattern> patterns = new LinkedHashMap<>();

		private Words(Map<String, String> english) {
			this.english = english;
			english.forEach((code, message) -> this.patterns.put(code, pattern(message)));
		}

		/** The English messages by their keys, as the callers write them. */
		Map<String, String> english() {
			return this.english;
		}

		@Nullable String code(String message) {
			Map.Entry<String, Matcher> found = find(message);
			return (found != null) ? found.getKey() : null;
		}

		Object[] arguments(String message) {
			Map.Entry<String, Matcher> found = find(message);
			if (found == null) {
				return new Object[0];
			}
			Matcher values = found.getValue();
			Object[] arguments = new Object[values.groupCount()];
			for (int group = 1; group <= values.groupCount(); group++) {
				arguments[group - 1] = values.group(group);
			}
			return arguments;
		}

		private Map.@Nullable Entry<String, Matcher> find(String message) {
			for (Map.Entry<String, Pattern> words : this.patterns.entrySet()) {
				Matcher matcher = words.getValue().matcher(message);
				if (matcher.matches()) {
					return Map.entry(words.getKey(), matcher);
				}
			}
			return null;
		}

		private static Pattern pattern(String english) {
			StringBuilder regex = new StringBuilder();
			Matcher value = VALUE.matcher(english);
			int at = 0;
			while (value.find()) {
				regex.append(Pattern.quote(english.substring(at, value.start()))).append("(.+?)");
				at = value.end();
			}
			return Pattern.compile(regex.append(Pattern.quote(english.substring(at))).toString());
		}

	}

}
