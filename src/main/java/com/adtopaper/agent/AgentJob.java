package com.adtopaper.agent;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A job the server gave this printer.
 *
 * @param id its id
 * @param sides sides to print (the PDF holds every one, copies included)
 * @param duplex both sides of each sheet
 * @param pagesPrinted sides already reported printed
 * @param blankAfter the PDF has a blank page after every {@code blankAfter} sides but at
 * its end (each duplex copy starts on a sheet of its own); 0 if it has none
 */
record AgentJob(String id, int sides, boolean duplex, int pagesPrinted, int blankAfter) {

	AgentJob(String id, int sides, boolean duplex, int pagesPrinted) {
		this(id, sides, duplex, pagesPrinted, 0);
	}

	static AgentJob of(Map<String, @Nullable Object> json) {
		Object id = json.get("id");
		if (!(id instanceof String) || !(json.get("sides") instanceof Number sides)) {
			throw new IllegalArgumentException("A job without id or sides: " + json);
		}
		Number printed = (json.get("pagesPrinted") instanceof Number number) ? number : 0;
		int copies = (json.get("copies") instanceof Number number) ? Math.max(1, number.intValue()) : 1;
		int blankAfter = Boolean.TRUE.equals(json.get("blankBacks")) ? sides.intValue() / copies : 0;
		return new AgentJob((String) id, sides.intValue(), Boolean.TRUE.equals(json.get("duplex")), printed.intValue(),
				blankAfter);
	}

	/**
	 * The job's sides the printer has printed: its impressions (else its sheets) less the
	 * blank pages among them, which are no sides of the job.
	 */
	int sidesPrinted(IppJob state) {
		int impressions = state.sidesPrinted(this.duplex);
		if (this.blankAfter <= 0) {
			return impressions;
		}
		int copies = this.sides / this.blankAfter;
		return impressions - Math.min(copies - 1, impressions / (this.blankAfter + 1));
	}

}
