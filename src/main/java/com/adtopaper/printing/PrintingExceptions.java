package com.adtopaper.printing;

import com.adtopaper.platform.DomainException;

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
			super(Kind.INVALID, "file", message);
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
			super(Kind.NOT_FOUND, "There is no print job " + id + ".");
		}

	}

	/** No such document, or not the caller's. */
	public static final class NoSuchDocument extends DomainException {

		public NoSuchDocument(long id) {
			super(Kind.NOT_FOUND, "There is no document " + id + ".");
		}

	}

	/**
	 * The document's file was deleted after the retention period: upload it again to
	 * print it.
	 */
	public static final class DocumentExpired extends DomainException {

		public DocumentExpired(long id) {
			super(Kind.GONE, "Document " + id
					+ " was deleted after the retention period, as members' documents are; upload it again to print it.");
		}

	}

	/** No printer with this id or code. */
	public static final class NoSuchPrinter extends DomainException {

		public NoSuchPrinter(String printer) {
			super(Kind.NOT_FOUND, "There is no printer " + printer + ".");
		}

	}

	/** No site with this id, or not the partner's. */
	public static final class NoSuchSite extends DomainException {

		public NoSuchSite(long id) {
			super(Kind.NOT_FOUND, "There is no site " + id + ".");
		}

	}

	/** A job option the rules do not accept. */
	public static final class InvalidJob extends DomainException {

		public InvalidJob(String field, String message) {
			super(Kind.INVALID, field, message);
		}

	}

	/** The job's status does not allow this. */
	public static final class JobStateConflict extends DomainException {

		public JobStateConflict(JobStatus status, String action) {
			super(Kind.CONFLICT, "A " + status.name().toLowerCase() + " job cannot be " + action + ".");
		}

	}

	/** The printer cannot take jobs now (offline, out of paper, an error). */
	public static final class PrinterUnavailable extends DomainException {

		public PrinterUnavailable(String code) {
			super(Kind.CONFLICT, "Printer " + code + " cannot print right now; choose another one.");
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
							+ points + " points. Accept one-sided printing to release it there.");
		}

	}

	/**
	 * A printer's report that does not fit the job (fewer pages than before, too many).
	 */
	public static final class InvalidReport extends DomainException {

		public InvalidReport(String message) {
			super(Kind.CONFLICT, message);
		}

	}

}
