package com.adtopaper.agent;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the IPP printer says it can do (RFC 8011 §5.4, PWG 5100.7), reported with every
 * heartbeat so that the server knows what a member may ask of it, and read before every
 * Print-Job so that the agent never sends what the printer would refuse.
 *
 * @param sides its {@code sides-supported} ({@code one-sided},
 * {@code two-sided-long-edge}...)
 * @param color its {@code color-supported}
 * @param media its {@code media-supported}
 * @param formats its {@code document-format-supported}
 */
record IppCapabilities(List<String> sides, boolean color, List<String> media, List<String> formats) {

	private static final Pattern KEYWORD = Pattern.compile("[a-z0-9._-]{1,40}");

	private static final Pattern MEDIA = Pattern.compile("[a-z0-9._-]{1,60}");

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9.+/-]{1,30}");

	/**
	 * The printer's values, as many and of the form the printer API takes; a printer that
	 * names no sides prints one.
	 */
	static IppCapabilities of(List<String> sides, boolean color, List<String> media, List<String> formats) {
		List<String> known = only(sides, KEYWORD, 5);
		return new IppCapabilities(known.isEmpty() ? List.of("one-sided") : known, color, only(media, MEDIA, 40),
				only(formats, FORMAT, 30));
	}

	IppCapabilities {
		sides = List.copyOf(sides);
		media = List.copyOf(media);
		formats = List.copyOf(formats);
	}

	boolean supportsSides(String value) {
		return this.sides.contains(value);
	}

	/** Whether it takes this document format; a printer that names none takes any. */
	boolean supportsFormat(String value) {
		return this.formats.isEmpty() || this.formats.contains(value);
	}

	String json() {
		return "{\"sides\":" + list(this.sides) + ",\"color\":" + this.color + ",\"media\":" + list(this.media)
				+ ",\"formats\":" + list(this.formats) + "}";
	}

	private static List<String> only(List<String> values, Pattern form, int most) {
		return values.stream().filter((value) -> form.matcher(value).matches()).distinct().limit(most).toList();
	}

	private static String list(List<String> values) {
		return "[" + String.join(",", values.stream().map(Json::quote).toList()) + "]";
	}

}
