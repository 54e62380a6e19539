package com.adtopaper.ads.selection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import com.adtopaper.ads.AdRequest;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Gender;

import org.jspecify.annotations.Nullable;

/**
 * The running campaigns at one moment, immutable, indexed by targeting: for each
 * dimension and value a bit set of the campaigns that accept it (those that do not target
 * the dimension included), so that a decision is a few ANDs over 1,000 bits instead of a
 * scan of every campaign's sets.
 */
public final class Snapshot {

	private final LocalDate day;

	private final LiveCampaign[] campaigns;

	private final int words;

	private final Dimension<Long> schools;

	private final Dimension<String> majors;

	private final Dimension<Integer> years;

	private final Dimension<Gender> genders;

	private final Dimension<Integer> hours;

	private final Dimension<DayOfWeek> weekdays;

	/** Campaigns that target no printer and no region. */
	private final long[] anywhere;

	private final Map<Long, long[]> byPrinter;

	private final Map<String, long[]> byRegion;

	private final Map<Long, Integer> indexOf = new HashMap<>();

	private final long[] skipUntil;

	private static final long INDEX_MASK = (1L << 11) - 1;

	/**
	 * @param day the Seoul day the campaigns' spending was read on
	 * @param campaigns the running campaigns with at least one ready creative
	 */
	public Snapshot(LocalDate day, List<LiveCampaign> campaigns) {
		this.day = day;
		this.campaigns = campaigns.toArray(LiveCampaign[]::new);
		this.words = (this.campaigns.length + 63) / 64;
		this.schools = new Dimension<>(Targeting::schoolIds);
		this.majors = new Dimension<>(Targeting::majors);
		this.years = new Dimension<>(Targeting::admissionYears);
		this.genders = new Dimension<>(Targeting::genders);
		this.hours = new Dimension<>(Targeting::hours);
		this.weekdays = new Dimension<>(Targeting::weekdays);
		this.anywhere = new long[this.words];
		this.byPrinter = new HashMap<>();
		this.byRegion = new HashMap<>();
		if (this.campaigns.length > INDEX_MASK + 1) {
			throw new IllegalArgumentException("At most " + (INDEX_MASK + 1) + " running campaigns per snapshot");
		}
		this.skipUntil = new long[this.campaigns.length];
		for (int i = 0; i < this.campaigns.length; i++) {
			this.indexOf.put(this.campaigns[i].campaign().id(), i);
			Targeting targeting = this.campaigns[i].campaign().targeting();
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

	public static Snapshot empty() {
		return new Snapshot(LocalDate.MIN, List.of());
	}

	public int size() {
		return this.campaigns.length;
	}

	public LocalDate day() {
		return this.day;
	}

	/**
	 * Leaves a campaign out of decisions whose request time is before {@code untilMillis}
	 * (it was just refused for its budget or pacing). A hint, written without locking.
	 */
	public void skip(long campaignId, long untilMillis) {
		Integer index = this.indexOf.get(campaignId);
		if (index != null) {
			this.skipUntil[index] = untilMillis;
		}
	}

	/**
	 * The campaigns that may carry this page, in order of preference: contract campaigns
	 * first (in random order; pacing decides at reservation), then remnant campaigns in a
	 * random order weighted by their weights (the first is each one with probability
	 * weight / sum of weights). Candidates are built as they are read: a decision usually
	 * reads only the first few.
	 * @param request the page
	 * @param at its time in Seoul
	 * @param random the randomness
	 * @return the candidates
	 */
	public List<Candidate> candidates(AdRequest request, ZonedDateTime at, RandomGenerator random) {
		if (this.campaigns.length == 0) {
			return List.of();
		}
		long[] printer = this.byPrinter.get(request.printerId());
		long[] region = (request.region() != null) ? this.byRegion.get(request.region()) : null;
		long[] school = this.schools.accepting(request.audience().schoolId());
		long[] major = this.majors.accepting(request.audience().major());
		long[] year = this.years.accepting(request.audience().admissionYear());
		long[] gender = this.genders.accepting(request.audience().gender());
		long[] hour = this.hours.accepting(at.getHour());
		long[] weekday = this.weekdays.accepting(at.getDayOfWeek());
		LocalDate today = at.toLocalDate();
		long millis = at.toInstant().toEpochMilli();
		int[] contracts = new int[this.campaigns.length];
		int contractCount = 0;
		// remnants as (key bits with the index in the 11 low bits): positive doubles sort
		// as their bits do
		long[] remnants = new long[this.campaigns.length];
		int remnantCount = 0;
		for (int w = 0; w < this.words; w++) {
			long where = this.anywhere[w] | ((printer != null) ? printer[w] : 0) | ((region != null) ? region[w] : 0);
			long bits = where & school[w] & major[w] & year[w] & gender[w] & hour[w] & weekday[w];
			while (bits != 0) {
				int i = w * 64 + Long.numberOfTrailingZeros(bits);
				bits &= bits - 1;
				Campaign campaign = this.campaigns[i].campaign();
				if (today.isBefore(campaign.startsOn()) || today.isAfter(campaign.endsOn())
						|| this.skipUntil[i] > millis) {
					continue;
				}
				if (campaign.priority() == Priority.CONTRACT) {
					contracts[contractCount++] = i;
				}
				else {
					// Efraimidis-Spirakis: sorting by Exp(1) / weight is a weighted
					// random
					// order
					double key = random.nextExponential() / campaign.weight() + Double.MIN_NORMAL;
					remnants[remnantCount++] = (Double.doubleToRawLongBits(key) & ~INDEX_MASK) | i;
				}
			}
		}
		for (int i = contractCount - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = contracts[i];
			contracts[i] = contracts[j];
			contracts[j] = swap;
		}
		Arrays.sort(remnants, 0, remnantCount);
		int[] order = Arrays.copyOf(contracts, contractCount + remnantCount);
		for (int i = 0; i < remnantCount; i++) {
			order[contractCount + i] = (int) (remnants[i] & INDEX_MASK);
		}
		int contractsInOrder = contractCount;
		return new AbstractList<>() {

			private final Candidate[] built = new Candidate[order.length];

			@Override
			public Candidate get(int index) {
				Candidate candidate = this.built[index];
				if (candidate == null) {
					LiveCampaign live = Snapshot.this.campaigns[order[index]];
					Campaign campaign = live.campaign();
					long paced = (index < contractsInOrder)
							? Pacing.allowedBy(campaign.dailyBudget(), campaign.targeting().hours(), at.toLocalTime())
							: -1;
					candidate = candidate(live, paced, today, random);
					this.built[index] = candidate;
				}
				return candidate;
			}

			@Override
			public int size() {
				return order.length;
			}

		};
	}

	private Candidate candidate(LiveCampaign live, long pacedSpend, LocalDate today, RandomGenerator random) {
		Campaign campaign = live.campaign();
		List<Creative> creatives = live.creatives();
		Creative creative = creatives.get((creatives.size() == 1) ? 0 : random.nextInt(creatives.size()));
		return new Candidate(campaign.id(), creative, campaign.pricePerPage(), pacedSpend, campaign.dailyBudget(),
				campaign.totalBudget(), campaign.frequencyCap(), today.equals(this.day) ? live.spentToday() : 0,
				live.spentTotal());
	}

	private static void set(long[] bits, int i) {
		bits[i >>> 6] |= 1L << i;
	}

	/** One targeting dimension: per value, the campaigns that accept it. */
	private final class Dimension<T> {

		private final long[] any;

		private final Map<T, long[]> byValue = new HashMap<>();

		Dimension(Function<Targeting, Set<T>> values) {
			this.any = new long[Snapshot.this.words];
			for (int i = 0; i < Snapshot.this.campaigns.length; i++) {
				if (values.apply(Snapshot.this.campaigns[i].campaign().targeting()).isEmpty()) {
					set(this.any, i);
				}
			}
			for (int i = 0; i < Snapshot.this.campaigns.length; i++) {
				for (T value : values.apply(Snapshot.this.campaigns[i].campaign().targeting())) {
					set(this.byValue.computeIfAbsent(value, (v) -> this.any.clone()), i);
				}
			}
		}

		long[] accepting(@Nullable T value) {
			return (value != null) ? this.byValue.getOrDefault(value, this.any) : this.any;
		}

	}

}
