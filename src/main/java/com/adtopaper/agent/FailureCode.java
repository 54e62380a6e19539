package com.adtopaper.agent;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Why a job failed, as the code the printer API shows the member ({@code PAPER_OUT},
 * {@code PAPER_JAM}, ... of {@code docs/printer-api.md}), read from what the printer
 * said; none when it said nothing the agent knows, and the server then reads the
 * printer's words.
 */
final class FailureCode {

	/** IPP's client-error-attributes-or-values-not-supported. */
	private static final String NOT_SUPPORTED = "status 0x040b";

	/** Job and printer state reasons (RFC 8011, PWG 5100.9), by their name alone. */
	private static final Map<String, String> REASONS = Map.ofEntries(Map.entry("media-empty", "PAPER_OUT"),
			Map.entry("media-needed", "PAPER_OUT"), Map.entry("media-jam", "PAPER_JAM"),
			Map.entry("toner-empty", "TONER_OUT"), Map.entry("marker-supply-empty", "TONER_OUT"),
			Map.entry("door-open", "COVER_OPEN"), Map.entry("cover-open", "COVER_OPEN"),
			Map.entry("job-canceled-at-device", "CANCELLED_AT_PRINTER"),
			Map.entry("job-canceled-by-operator", "CANCELLED_AT_PRINTER"));

	private FailureCode() {
	}

	/** Why a Print-Job did not reach the printer, tried again and again. */
	static String notSent(IOException last, boolean duplex) {
		if (last instanceof ConnectException || last instanceof HttpTimeoutException) {
			return "OFFLINE";
		}
		String message = String.valueOf(last.getMessage());
		// the one attribute the agent sets that a printer may refuse is two-sided
		// printing
		return (duplex && message.contains(NOT_SUPPORTED)) ? "NO_DUPLEX" : "NOT_SENT";
	}

	/** The first of the job's or printer's state reasons that says why; none if none. */
	static @Nullable String ofReasons(List<String> reasons) {
		for (String reason : reasons) {
			String code = REASONS.get(reason.replaceFirst("-(error|warning|report)$", ""));
			if (code != null && !reason.endsWith("-warning") && !reason.endsWith("-report")) {
				return code;
			}
		}
		return null;
	}

	/**
	 * What keeps the printer from printing, as its last heartbeat said; none if nothing.
	 */
	static @Nullable String ofHealth(PrinterHealth health) {
		if ("OFFLINE".equals(health.state())) {
			return "OFFLINE";
		}
		if ("EMPTY".equals(health.paper())) {
			return "PAPER_OUT";
		}
		if (health.errors().contains("PAPER_JAM")) {
			return "PAPER_JAM";
		}
		if (health.errors().contains("DOOR_OPEN")) {
			return "COVER_OPEN";
		}
		if ("EMPTY".equals(health.toner())) {
			return "TONER_OUT";
		}
		return null;
	}

}
