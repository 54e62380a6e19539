package com.adtopaper.printing;

import java.util.Locale;

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

		/**
		 * @param message the English words
		 * @param code the message bundles' key of the words for a person
		 * @param arguments the key's arguments
		 */
		public InvalidDocument(String message, String code, Object... arguments) {
			super(Kind.INVALID, "file", message, code, arguments);
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

		/**
		 * @param message the English words
		 * @param code the message bundles' key of the words for a person
		 * @param arguments the key's arguments
		 */
		public InvalidReport(String message, String code, Object... arguments) {
			super(Kind.CONFLICT, null, message, code, arguments);
		}

	}

}
