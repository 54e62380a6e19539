package com.adtopaper.ads.selection;

import java.time.LocalTime;
import java.util.Set;

/**
 * Even delivery of a contract campaign: by a given time of day it may have spent its
 * daily budget times the share of the day's targeted time that has passed.
 */
final class Pacing {

	private static final int HOUR = 3600;

	private Pacing() {
	}

	/**
	 * What a contract campaign may have spent by this time (KRW); it is skipped while it
	 * has spent that much or more.
	 * @param dailyBudget its daily budget
	 * @param hours the hours it targets, empty for all
	 * @param time the time of day in Seoul
	 */
	public static long allowedBy(long dailyBudget, Set<Integer> hours, LocalTime time) {
		int second = time.toSecondOfDay();
		long total;
		long elapsed;
		if (hours.isEmpty()) {
			total = 24L * HOUR;
			elapsed = second;
		}
		else {
			total = (long) hours.size() * HOUR;
			elapsed = 0;
			for (int hour : hours) {
				elapsed += Math.clamp(second - hour * HOUR, 0, HOUR);
			}
		}
		return Math.multiplyHigh(dailyBudget, elapsed) == 0 ? dailyBudget * elapsed / total
				: (long) ((double) dailyBudget * elapsed / total);
	}

}
