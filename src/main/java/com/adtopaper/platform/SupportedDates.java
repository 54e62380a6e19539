package com.adtopaper.platform;

import java.time.LocalDate;

/**
 * The days a request may name. {@link LocalDate} parses {@code +999999999-12-31}, which
 * no database column holds and which overflows as soon as a day is added to it; this
 * range leaves room for such arithmetic and covers every day the business plans for.
 */
public final class SupportedDates {

	/** The first day a request may name. */
	public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	/** The last day a request may name. */
	public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

	private SupportedDates() {
	}

	public static boolean supported(LocalDate day) {
		return !day.isBefore(FIRST) && !day.isAfter(LAST);
	}

	/**
	 * The message bundles' key of the words of {@link #refusal()}, whose arguments are
	 * {@link #refusalArguments()}.
	 */
	public static final String REFUSAL = "problem.supported-dates";

	/** Why a day outside the range is refused, in English. */
	public static String refusal() {
		return "Dates go from " + FIRST + " to " + LAST + ".";
	}

	/** The arguments of {@link #REFUSAL}: the first and the last day. */
	public static Object[] refusalArguments() {
		return new Object[] { FIRST.toString(), LAST.toString() };
	}

}
