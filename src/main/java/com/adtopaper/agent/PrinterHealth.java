package com.adtopaper.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A heartbeat: the printer's state as the printer API knows it, read from the IPP
 * printer's {@code printer-state} and {@code printer-state-reasons} (RFC 8011 §5.4.11-12,
 * PWG 5100.9).
 *
 * @param state {@code ONLINE}, {@code OFFLINE} or {@code ERROR}
 * @param paper {@code OK}, {@code LOW} or {@code EMPTY}
 * @param toner {@code OK}, {@code LOW} or {@code EMPTY}
 * @param errors what keeps the printer from printing ({@code PAPER_JAM},
 * {@code DOOR_OPEN})
 * @param capabilities what the printer can do, if it said
 */
record PrinterHealth(String state, String paper, String toner, List<String> errors,
		@Nullable IppCapabilities capabilities) {

	/** A printer that does not answer. */
	static final PrinterHealth OFFLINE = new PrinterHealth("OFFLINE", "OK", "OK", List.of());

	private static final Map<String, String> ERRORS = Map.of("media-jam", "PAPER_JAM", "door-open", "DOOR_OPEN",
			"cover-open", "DOOR_OPEN", "input-tray-missing", "TRAY_MISSING", "output-area-full", "OUTPUT_FULL",
			"marker-waste-full", "WASTE_FULL", "fuser-over-temp", "FUSER", "fuser-under-temp", "FUSER",
			"interpreter-resource-unavailable", "PRINTER_ERROR", "spool-area-full", "PRINTER_ERROR");

	private static final Set<String> PAPER_EMPTY = Set.of("media-empty", "media-needed");

	private static final Set<String> TONER_EMPTY = Set.of("toner-empty", "marker-supply-empty");

	private static final Set<String> TONER_LOW = Set.of("toner-low", "marker-supply-low");

	PrinterHealth {
		errors = List.copyOf(errors);
	}

	PrinterHealth(String state, String paper, String toner, List<String> errors) {
		this(state, paper, toner, errors, null);
	}

	/** The same state, with what the printer can do. */
	PrinterHealth with(@Nullable IppCapabilities capabilities) {
		return new PrinterHealth(this.state, this.paper, this.toner, this.errors, capabilities);
	}

	/**
	 * Maps an IPP printer's state ({@code idle}, {@code processing}, {@code stopped}) and
	 * its reasons. A reason without a suffix or with {@code -error} is an error; with
	 * {@code -warning} or {@code -report} it is only news, so a jam "warning" stops
	 * nothing while a supply running low still shows as LOW.
	 */
	static PrinterHealth of(String printerState, List<String> reasons) {
		String paper = "OK";
		String toner = "OK";
		List<String> errors = new ArrayList<>();
		for (String reason : reasons) {
			String name = reason.replaceFirst("-(error|warning|report)$", "");
			boolean error = name.equals(reason) || reason.endsWith("-error");
			if (PAPER_EMPTY.contains(name)) {
				paper = "EMPTY";
			}
			else if (name.equals("media-low") && !paper.equals("EMPTY")) {
				paper = "LOW";
			}
			else if (TONER_EMPTY.contains(name)) {
				toner = "EMPTY";
			}
			else if (TONER_LOW.contains(name) && !toner.equals("EMPTY")) {
				toner = "LOW";
			}
			else if (error && ERRORS.containsKey(name) && !errors.contains(ERRORS.get(name))) {
				errors.add(ERRORS.get(name));
			}
		}
		String state = switch (printerState) {
			case "idle", "processing" -> "ONLINE";
			default -> "ERROR";
		};
		return new PrinterHealth(state, paper, toner, errors);
	}

	String json() {
		return "{\"state\":" + Json.quote(this.state) + ",\"paper\":" + Json.quote(this.paper) + ",\"toner\":"
				+ Json.quote(this.toner) + ",\"errors\":["
				+ String.join(",", this.errors.stream().map(Json::quote).toList()) + "]"
				+ ((this.capabilities != null) ? ",\"capabilities\":" + this.capabilities.json() : "") + "}";
	}

}
