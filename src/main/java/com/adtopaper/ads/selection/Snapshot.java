package com.adtopaper.ads.selection;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import com.adtopaper.ads.AdRequest;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.Priority;

/**
 * The running campaigns at one moment, immutable, indexed by targeting (see
 * {@link TargetingIndex}), so that a decision is a few ANDs over 1,000 bits instead of a
 * scan of every campaign's sets.
 */
public final class Snapshot {

	private final LocalDate day;

	private final LiveCampaign[] campaigns;

	private final TargetingIndex index;

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
		this.index = new TargetingIndex(this.campaigns);
		if (this.campaigns.length > INDEX_MASK + 1) {
			throw new IllegalArgumentException("At most " + (INDEX_MASK + 1) + " running campaigns per snapshot");
		}
		this.skipUntil = new long[this.campaigns.length];
		for (int i = 0; i < this.campaigns.length; i++) {
			this.indexOf.put(this.campaigns[i].campaign().id(), i);
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
		long[] accepting = this.index.accepting(request, at);
		LocalDate today = at.toLocalDate();
		long millis = at.toInstant().toEpochMilli();
		int[] contracts = new int[this.campaigns.length];
		int contractCount = 0;
		// remnants as (key bits with the index in the 11 low bits): positive doubles sort
		// as their bits do
		long[] remnants = new long[this.campaigns.length];
		int remnantCount = 0;
		for (int w = 0; w < accepting.length; w++) {
			long bits = accepting[w];
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

}
