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
 */
record AgentJob(String id, int sides, boolean duplex, int pagesPrinted) {

	static AgentJob of(Map<String, @Nullable Object> json) {
		Object id = json.get("id");
		if (!(id instanceof String) || !(json.get("sides") instanceof Number sides)) {
			throw new IllegalArgumentException("A job without id or sides: " + json);
		}
		Number printed = (json.get("pagesPrinted") instanceof Number number) ? number : 0;
		return new AgentJob((String) id, sides.intValue(), Boolean.TRUE.equals(json.get("duplex")), printed.intValue());
	}

}
