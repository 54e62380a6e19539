package com.adtopaper.printing;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Why a job did not print, in terms a member understands; the printer's own words (IPP
 * status codes, job-state-reasons) stay in {@link PrintJob#failure()}, for partners and
 * operators. The printer agent sends the code's name with the detail; an agent older than
 * the codes sends only the detail, which {@link #of} recognises as far as it can.
 */
public enum FailureReason {

	/** The printer is out of paper. */
	PAPER_OUT,

	/** The paper jammed. */
	PAPER_JAM,

	/** The printer is out of toner or ink. */
	TONER_OUT,

	/** A door or cover of the printer is open. */
	COVER_OPEN,

	/** The printer cannot print on both sides. */
	NO_DUPLEX,

	/** The printer went offline, or stopped answering. */
	OFFLINE,

	/** The job could not be sent to the printer. */
	NOT_SENT,

	/** Someone cancelled the job at the printer. */
	CANCELLED_AT_PRINTER,

	/** Anything else the printer reported. */
	PRINTER_ERROR;

	/**
	 * Its text's key in the message bundle, in English for a locale whose language is
	 * English, else in Korean.
	 */
	public String messageKey(Locale locale) {
		return "job.failure." + name() + (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ".en" : ".ko");
	}

	/**
	 * The reason the agent sent, if it is one of these; else the one its detail reads as.
	 * @param code the agent's code, if it sent one
	 * @param detail the agent's words
	 * @param duplex whether the job prints both sides (an old agent's refused Print-Job
	 * on a two-sided job is the printer refusing to print two sides)
	 */
	public static FailureReason of(@Nullable String code, String detail, boolean duplex) {
		return ofCode(code).orElseGet(() -> recognize(detail, duplex));
	}

	/** The reason named {@code code}, if there is one. */
	public static Optional<FailureReason> ofCode(@Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** What an agent that sent no code meant by its words, as well as they say it. */
	static FailureReason recognize(String detail, boolean duplex) {
		String text = detail.toLowerCase(Locale.ROOT);
		if (text.contains("media-empty") || text.contains("media-needed") || text.contains("out of paper")
				|| text.contains("paper empty") || text.contains("no paper")) {
			return PAPER_OUT;
		}
		if (text.contains("jam")) {
			return PAPER_JAM;
		}
		if (text.contains("toner-empty") || text.contains("marker-supply-empty") || text.contains("out of toner")) {
			return TONER_OUT;
		}
		if (text.contains("door-open") || text.contains("cover-open")) {
			return COVER_OPEN;
		}
		if (text.contains("canceled") || text.contains("cancelled")) {
			return CANCELLED_AT_PRINTER;
		}
		if (text.contains("stopped answering") || text.contains("connectexception")
				|| text.contains("connection refused") || text.contains("timed out")) {
			return OFFLINE;
		}
		if (text.contains("did not take the job")) {
			// 0x040b client-error-attributes-or-values-not-supported: the only attribute
			// an old agent adds is two-sided printing
			return (duplex && text.contains("0x040b")) ? NO_DUPLEX : NOT_SENT;
		}
		return PRINTER_ERROR;
	}

}
