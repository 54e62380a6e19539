package com.adtopaper.ads.selection;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.adtopaper.ads.AdRequest;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Gender;
import org.jspecify.annotations.Nullable;

/**
 * The campaigns of a {@link Snapshot} indexed by targeting: for each dimension and value
 * a bit set of the campaigns that accept it (those that do not target the dimension
 * included), so that a match is a few ANDs over 1,000 bits instead of a scan of every
 * campaign's sets.
 */
final class TargetingIndex {

	private final int words;

	private final Dimension<Long> schools;

	private final Dimension<String> majors;

	private final Dimension<Integer> years;

	private final Dimension<Gender> genders;

	private final Dimension<Integer> hours;

	private final Dimension<DayOfWeek> weekdays;

	/** Campaigns that target no printer and no region. */
	private final long[] anywhere;

	private final Map<Long, long[]> byPrinter = new HashMap<>();

	private final Map<String, long[]> byRegion = new HashMap<>();

	TargetingIndex(LiveCampaign[] campaigns) {
		this.words = (campaigns.length + 63) / 64;
		this.schools = new Dimension<>(campaigns, this.words, Targeting::schoolIds);
		this.majors = new Dimension<>(campaigns, this.words, Targeting::majors);
		this.years = new Dimension<>(campaigns, this.words, Targeting::admissionYears);
		this.genders = new Dimension<>(campaigns, this.words, Targeting::genders);
		this.hours = new Dimension<>(campaigns, this.words, Targeting::hours);
		this.weekdays = new Dimension<>(campaigns, this.words, Targeting::weekdays);
		this.anywhere = new long[this.words];
		for (int i = 0; i < campaigns.length; i++) {
			Targeting targeting = campaigns[i].campaign().targeting();
			if (targeting.printerIds().isEmpty() && targeting.regions().isEmpty()) {
				set(this.anywhere, i);
			}
			for (long printer : targeting.printerIds()) {
				set(this.byPrinter.computeIfAbsent(printer, (p) -> new long[this.words]), i);
			}
			for (String region : targeting.regions()) {
				set(this.byRegion.computeIfAbsent(region, (r) -> new long[this.words]), i);
			}
		}
	}

	/**
	 * The campaigns whose targeting accepts this page at this time in Seoul, as a bit
	 * set: bit {@code i} of word {@code i / 64} for campaign {@code i}.
	 */
	long[] accepting(AdRequest request, ZonedDateTime at) {
		long[] printer = this.byPrinter.get(request.printerId());
		long[] region = (request.region() != null) ? this.byRegion.get(request.region()) : null;
		long[] school = this.schools.accepting(request.audience().schoolId());
		long[] major = this.majors.accepting(request.audience().major());
		long[] year = this.years.accepting(request.audience().admissionYear());
		long[] gender = this.genders.accepting(request.audience().gender());
		long[] hour = this.hours.accepting(at.getHour());
		long[] weekday = this.weekdays.accepting(at.getDayOfWeek());
		long[] accepting = new long[this.words];
		for (int w = 0; w < this.words; w++) {
			long where = this.anywhere[w] | ((printer != null) ? printer[w] : 0) | ((region != null) ? region[w] : 0);
			accepting[w] = where & school[w] & major[w] & year[w] & gender[w] & hour[w] & weekday[w];
		}
		return accepting;
	}

	private static void set(long[] bits, int i) {
		bits[i >>> 6] |= 1L << i;
	}

	/** One targeting dimension: per value, the campaigns that accept it. */
	private static final class Dimension<T> {

		private final long[] any;

		private final Map<T, long[]> byValue = new HashMap<>();

		Dimension(LiveCampaign[] campaigns, int words, Function<Targeting, Set<T>> values) {
			this.any = new long[words];
			for (int i = 0; i < campaigns.length; i++) {
				if (values.apply(campaigns[i].campaign().targeting()).isEmpty()) {
					set(this.any, i);
				}
			}
			for (int i = 0; i < campaigns.length; i++) {
				for (T value : values.apply(campaigns[i].campaign().targeting())) {
					set(this.byValue.computeIfAbsent(value, (v) -> this.any.clone()), i);
				}
			}
		}

		long[] accepting(@Nullable T value) {
			return (value != null) ? this.byValue.getOrDefault(value, this.any) : this.any;
		}

	}

}
