package com.adtopaper.ads;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's report for a span of Seoul days.
 *
 * @param campaign the campaign
 * @param from the first day
 * @param to the last day
 * @param day the day of the hourly chart
 * @param pages pages printed in the span
 * @param spend spent in the span (KRW)
 * @param hourly the chart by hour of {@code day}, 24 buckets
 * @param daily the chart by day of the span, one bucket per day
 * @param breakdowns pages and spend in the span by audience dimension, most pages first
 * @param live the counters as of now
 */
public record CampaignReport(Campaign campaign, LocalDate from, LocalDate to, LocalDate day, long pages, long spend,
		List<Bucket> hourly, List<Bucket> daily, Map<ReportDimension, List<Slice>> breakdowns, LiveCounters live) {

	/**
	 * One bar of a chart.
	 *
	 * @param label the hour ({@code 09}) or day ({@code 2026-11-22})
	 * @param pages pages printed
	 * @param spend what they cost (KRW)
	 */
	public record Bucket(String label, long pages, long spend) {

	}

	/**
	 * One line of a breakdown.
	 *
	 * @param value the dimension's value: a school or printer id, a major, a year, a
	 * gender
	 * @param pages pages printed
	 * @param spend what they cost (KRW)
	 */
	public record Slice(String value, long pages, long spend) {

	}

}
