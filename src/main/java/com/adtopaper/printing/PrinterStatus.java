package com.adtopaper.printing;

import java.util.List;

/**
 * What a printer's agent reports with each heartbeat.
 *
 * @param state {@code ONLINE}, {@code OFFLINE} or {@code ERROR}
 * @param paper {@code OK}, {@code LOW} or {@code EMPTY}
 * @param toner {@code OK}, {@code LOW} or {@code EMPTY}
 * @param errors the printer's error codes, if any (a jam, a door open)
 */
public record PrinterStatus(PrinterState state, Supply paper, Supply toner, List<String> errors) {

	public PrinterStatus {
		errors = List.copyOf(errors);
	}

	/** Whether a job can be sent to the printer. */
	public boolean canPrint() {
		return this.state == PrinterState.ONLINE && this.paper != Supply.EMPTY && this.toner != Supply.EMPTY
				&& this.errors.isEmpty();
	}

	/** A printer's state. */
	public enum PrinterState {

		ONLINE, OFFLINE, ERROR

	}

	/** Paper or toner. */
	public enum Supply {

		OK, LOW, EMPTY

	}

}
