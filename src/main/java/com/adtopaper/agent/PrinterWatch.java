package com.adtopaper.agent;

import java.lang.System.Logger.Level;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Logs each change of the printer's state, one line each (online to offline, paper empty,
 * a jam...), so that a partner reading the agent's log sees when the printer went away
 * and came back; a heartbeat that finds nothing new says nothing.
 */
final class PrinterWatch {

	private static final System.Logger log = System.getLogger(PrinterWatch.class.getName());

	private @Nullable String last;

	/** The printer as the latest heartbeat found it. */
	synchronized void saw(PrinterHealth health) {
		String now = describe(health);
		if (!now.equals(this.last)) {
			if (this.last == null) {
				log.log(Level.INFO, "Printer: {0}", now);
			}
			else {
				log.log(Level.INFO, "Printer: {0} -> {1}", this.last, now);
			}
			this.last = now;
		}
	}

	/** {@code online}, {@code offline}, {@code error, paper empty, paper-jam}... */
	static String describe(PrinterHealth health) {
		StringBuilder text = new StringBuilder(health.state().toLowerCase(Locale.ROOT));
		if (!"OK".equals(health.paper())) {
			text.append(", paper ").append(health.paper().toLowerCase(Locale.ROOT));
		}
		if (!"OK".equals(health.toner())) {
			text.append(", toner ").append(health.toner().toLowerCase(Locale.ROOT));
		}
		for (String error : health.errors()) {
			text.append(", ").append(error.toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		return text.toString();
	}

}
