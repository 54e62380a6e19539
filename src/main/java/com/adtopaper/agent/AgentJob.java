package com.adtopaper.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A job the server gave this printer.
 *
 * @param id its id
 * @param sides sides to print (the PDF holds every one, copies included)
 * @param duplex both sides of each sheet
 * @param pagesPrinted sides already reported printed
 * @param blankPages the positions (from 1) of the PDF's blank pages (between duplex
 * copies, behind a duplex cover sheet), which the printer counts as impressions but are
 * no sides of the job; in order
 */
record AgentJob(String id, int sides, boolean duplex, int pagesPrinted, List<Integer> blankPages) {

	AgentJob(String id, int sides, boolean duplex, int pagesPrinted) {
		this(id, sides, duplex, pagesPrinted, List.of());
	}

	static AgentJob of(Map<String, @Nullable Object> json) {
		Object id = json.get("id");
		if (!(id instanceof String) || !(json.get("sides") instanceof Number sides)) {
			throw new IllegalArgumentException("A job without id or sides: " + json);
		}
		Number printed = (json.get("pagesPrinted") instanceof Number number) ? number : 0;
		return new AgentJob((String) id, sides.intValue(), Boolean.TRUE.equals(json.get("duplex")), printed.intValue(),
				blankPages(json, sides.intValue()));
	}

	/**
	 * The blank pages the server lists; from a server that lists none, those its
	 * {@code blankBacks} means: one after every copy but the last.
	 */
	private static List<Integer> blankPages(Map<String, @Nullable Object> json, int sides) {
		if (json.get("blankPages") instanceof List<?> listed) {
			List<Integer> blanks = new ArrayList<>();
			for (Object position : listed) {
				if (!(position instanceof Number number) || number.intValue() < 1) {
					throw new IllegalArgumentException("A blank page at no position: " + json);
				}
				blanks.add(number.intValue());
			}
			return blanks.stream().sorted().toList();
		}
		int copies = (json.get("copies") instanceof Number number) ? Math.max(1, number.intValue()) : 1;
		if (!Boolean.TRUE.equals(json.get("blankBacks")) || copies < 2) {
			return List.of();
		}
		int perCopy = sides / copies;
		List<Integer> blanks = new ArrayList<>();
		for (int copy = 1; copy < copies; copy++) {
			blanks.add(copy * (perCopy + 1));
		}
		return blanks;
	}

	/**
	 * The job's sides the printer has printed: its impressions (else its sheets) less the
	 * blank pages among them, which are no sides of the job.
	 */
	int sidesPrinted(IppJob state) {
		int impressions = state.sidesPrinted(this.duplex);
		int blanks = (int) this.blankPages.stream().filter((position) -> position <= impressions).count();
		return impressions - blanks;
	}

}
