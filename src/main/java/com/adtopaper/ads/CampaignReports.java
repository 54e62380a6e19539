package com.adtopaper.ads;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.adtopaper.ads.AdsExceptions.InvalidCampaign;
import com.adtopaper.ads.CampaignReport.Bucket;
import com.adtopaper.ads.CampaignReport.Slice;
import com.adtopaper.ads.internal.ReportQueries.Delivery;
import com.adtopaper.ads.internal.ReportQueries.Sums;
import com.adtopaper.ads.internal.ReportQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What advertisers see of their campaigns' delivery: live counters, the report (charts by
 * hour and day, breakdowns by audience) and its raw rows for export. Numbers come from
 * rollups kept up to date as pages print, so they are as fresh as the last printed page.
 * Another advertiser's campaign is not found. Called by the advertisers' channel
 * ({@code advertiser}).
 */
@Service
@Transactional(readOnly = true)
public class CampaignReports {

	/** The longest span one report covers. */
	public static final int MAX_DAYS = 93;

	private final Campaigns campaigns;

	private final ReportQueries queries;

	private final Clock clock;

	CampaignReports(Campaigns campaigns, ReportQueries queries, Clock clock) {
		this.campaigns = campaigns;
		this.queries = queries;
		this.clock = clock;
	}

	/** Today in Seoul, the day reports and budgets count by. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(Campaigns.SEOUL));
	}

	/** The live counters of one of the advertiser's campaigns. */
	public LiveCounters live(long accountId, long campaignId) {
		return live(List.of(this.campaigns.get(accountId, campaignId))).getFirst();
	}

	/** The live counters of each of the advertiser's campaigns, in the same order. */
	public List<LiveCounters> live(List<Campaign> campaigns) {
		LocalDate today = today();
		Map<Long, Delivery> delivery = this.queries.delivery(campaigns.stream().map(Campaign::id).toList(), today);
		return campaigns.stream()
			.map((campaign) -> counters(campaign, today, delivery.getOrDefault(campaign.id(), Delivery.NONE)))
			.toList();
	}

	private static LiveCounters counters(Campaign campaign, LocalDate today, Delivery delivery) {
		long remaining = Math.max(0, campaign.totalBudget() - delivery.total().spend());
		long remainingToday = Math.min(remaining, Math.max(0, campaign.dailyBudget() - delivery.today().spend()));
		return new LiveCounters(campaign.id(), today, delivery.today().pages(), delivery.today().spend(),
				delivery.total().pages(), delivery.total().spend(), remaining, remainingToday);
	}

	/**
	 * The report of one of the advertiser's campaigns over Seoul days {@code from} to
	 * {@code to} (at most {@value #MAX_DAYS} days), with the hourly chart of {@code day}.
	 */
	public CampaignReport report(long accountId, long campaignId, LocalDate from, LocalDate to, LocalDate day) {
		Campaign campaign = this.campaigns.get(accountId, campaignId);
		checkSpan(from, to);
		LiveCounters live = live(List.of(campaign)).getFirst();

		Map<LocalDate, Sums> days = this.queries.daily(campaignId, from, to);
		List<Bucket> daily = new ArrayList<>();
		long pages = 0;
		long spend = 0;
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			Sums sums = days.getOrDefault(d, Sums.NONE);
			daily.add(new Bucket(d.toString(), sums.pages(), sums.spend()));
			pages += sums.pages();
			spend += sums.spend();
		}

		LocalDateTime midnight = day.atStartOfDay();
		Map<LocalDateTime, Sums> hours = this.queries.hourly(campaignId, midnight, midnight.plusDays(1));
		List<Bucket> hourly = new ArrayList<>(24);
		for (int hour = 0; hour < 24; hour++) {
			Sums sums = hours.getOrDefault(midnight.plusHours(hour), Sums.NONE);
			hourly.add(new Bucket("%02d".formatted(hour), sums.pages(), sums.spend()));
		}

		Map<ReportDimension, List<Slice>> breakdowns = new EnumMap<>(ReportDimension.class);
		this.queries.breakdowns(campaignId, from, to)
			.forEach((dimension, values) -> breakdowns.put(dimension,
					values.entrySet()
						.stream()
						.map((value) -> new Slice(value.getKey(), value.getValue().pages(), value.getValue().spend()))
						.toList()));
		return new CampaignReport(campaign, from, to, day, pages, spend, hourly, daily, breakdowns, live);
	}

	/**
	 * Every combination of hour and audience in the span, for export; rows arrive in hour
	 * order.
	 */
	public void rows(long accountId, long campaignId, LocalDate from, LocalDate to, Consumer<ReportRow> rows) {
		this.campaigns.get(accountId, campaignId);
		checkSpan(from, to);
		this.queries.cube(campaignId, from.atStartOfDay(), to.plusDays(1).atStartOfDay(), rows);
	}

	/**
	 * Refuses a span no report covers; an export calls it before its first byte, so the
	 * refusal is a problem detail and not a cut-off file.
	 */
	public static void checkSpan(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidCampaign("to", "The last day of the report cannot be before its first day.",
					"problem.ads.report-days-order");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidCampaign("to", "A report covers at most " + MAX_DAYS + " days.", "problem.ads.report-days",
					Integer.toString(MAX_DAYS));
		}
	}

}
