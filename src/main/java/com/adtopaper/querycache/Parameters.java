package com.adtopaper.querycache;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Calendar;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The parameters bound to a prepared statement, each written with its type, so that
 * {@code 1}, {@code "1"} and {@code true} make different keys. A parameter that cannot be
 * written down (a stream, a LOB, an array) makes the statement uncacheable.
 */
final class Parameters {

	private final Map<Integer, String> values = new TreeMap<>();

	private boolean uncacheable;

	/** Records what a {@code setXxx(index, value, ...)} call bound. */
	void record(String setter, Object[] args) {
		int index = (int) args[0];
		String typed = switch (setter) {
			case "setNull" -> "N";
			case "setBoolean" -> "Z" + args[1];
			case "setByte", "setShort", "setInt" -> "I" + args[1];
			case "setLong" -> "J" + args[1];
			case "setFloat" -> "F" + args[1];
			case "setDouble" -> "D" + args[1];
			case "setBigDecimal" -> "M" + args[1];
			case "setString", "setNString" -> "S" + args[1];
			case "setBytes" -> "B" + Base64.getEncoder().encodeToString((byte[]) args[1]);
			case "setDate", "setTime", "setTimestamp" -> setter.charAt(3) + String.valueOf(args[1]) + zone(args);
			case "setObject" -> object(args[1]) + ((args.length > 2) ? "/" + args[2] : "");
			default -> null;
		};
		if (typed == null) {
			this.uncacheable = true;
		}
		else {
			this.values.put(index, typed);
		}
	}

	private static String zone(Object[] args) {
		return (args.length > 2 && args[2] instanceof Calendar calendar) ? "@" + calendar.getTimeZone().getID() : "";
	}

	private @Nullable String object(@Nullable Object value) {
		return switch (value) {
			case null -> "N";
			case String v -> "S" + v;
			case Integer v -> "I" + v;
			case Short v -> "I" + v;
			case Byte v -> "I" + v;
			case Long v -> "J" + v;
			case Boolean v -> "Z" + v;
			case BigDecimal v -> "M" + v;
			case Double v -> "D" + v;
			case Float v -> "F" + v;
			case byte[] v -> "B" + Base64.getEncoder().encodeToString(v);
			case Enum<?> v -> "E" + v.getDeclaringClass().getName() + "." + v.name();
			case TemporalAccessor v -> "X" + v.getClass().getSimpleName() + v;
			case java.util.Date v -> "X" + v.getClass().getSimpleName() + v.getTime();
			case UUID v -> "U" + v;
			default -> null;
		};
	}

	void clear() {
		this.values.clear();
		this.uncacheable = false;
	}

	boolean cacheable() {
		return !this.uncacheable;
	}

	/**
	 * All parameters, in order, each length-prefixed so that no two sets write the same
	 * text.
	 */
	String encoded() {
		var text = new StringBuilder();
		this.values
			.forEach((index, value) -> text.append(index).append(':').append(value.length()).append(':').append(value));
		return text.toString();
	}

}
