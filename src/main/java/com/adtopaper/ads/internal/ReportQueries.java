package com.adtopaper.ads.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.adtopaper.ads.ReportDimension;
import com.adtopaper.ads.ReportRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report's reads. Each reads a rollup by its primary key's prefix, so a report costs
 * a few hundred rows however many pages the campaign printed.
 */
@Component
public class ReportQueries {

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Pages and spend: what one bucket or line holds. */
	public record Sums(long pages, long spend) {

		public static final Sums NONE = new Sums(0, 0);

	}

	/** Totals and today's numbers of a campaign. */
	public record Delivery(Sums today, Sums total) {

		public static final Delivery NONE = new Delivery(Sums.NONE, Sums.NONE);

	}

	public Map<Long, Delivery> delivery(Collection<Long> campaignIds, LocalDate today) {
		Map<Long, Delivery> delivery = new HashMap<>();
		if (campaignIds.isEmpty()) {
			return delivery;
		}
		this.jdbc.sql("""
				SELECT campaign_id,
				       SUM(CASE WHEN on_day = :today THEN pages ELSE 0 END) AS pages_today,
				       SUM(CASE WHEN on_day = :today THEN spend ELSE 0 END) AS spend_today,
				       SUM(pages) AS pages_total, SUM(spend) AS spend_total
				FROM campaign_delivery WHERE campaign_id IN (:ids) GROUP BY campaign_id""")
			.param("today", Date.valueOf(today))
			.param("ids", campaignIds)
			.query((rs) -> {
				delivery.put(rs.getLong(1),
						new Delivery(new Sums(rs.getLong(2), rs.getLong(3)), new Sums(rs.getLong(4), rs.getLong(5))));
			});
		return delivery;
	}

	public Map<LocalDate, Sums> daily(long campaignId, LocalDate from, LocalDate to) {
		Map<LocalDate, Sums> days = new HashMap<>();
		this.jdbc.sql("""
				SELECT on_day, pages, spend FROM campaign_delivery
				WHERE campaign_id = ? AND on_day BETWEEN ? AND ?""")
			.params(campaignId, Date.valueOf(from), Date.valueOf(to))
			.query((rs) -> {
				days.put(rs.getDate(1).toLocalDate(), new Sums(rs.getLong(2), rs.getLong(3)));
			});
		return days;
	}

	/** Seoul hours from {@code from} (inclusive) to {@code to} (exclusive). */
	public Map<LocalDateTime, Sums> hourly(long campaignId, LocalDateTime from, LocalDateTime to) {
		Map<LocalDateTime, Sums> hours = new HashMap<>();
		this.jdbc.sql("""
				SELECT at_hour, pages, spend FROM campaign_hour_totals
				WHERE campaign_id = ? AND at_hour >= ? AND at_hour < ?""")
			.params(campaignId, Timestamp.valueOf(from), Timestamp.valueOf(to))
			.query((rs) -> {
				hours.put(rs.getTimestamp(1).toLocalDateTime(), new Sums(rs.getLong(2), rs.getLong(3)));
			});
		return hours;
	}

	/** Every dimension's values and their sums over the days, most pages first. */
	public Map<ReportDimension, Map<String, Sums>> breakdowns(long campaignId, LocalDate from, LocalDate to) {
		Map<ReportDimension, Map<String, Sums>> breakdowns = new EnumMap<>(ReportDimension.class);
		for (ReportDimension dimension : ReportDimension.values()) {
			breakdowns.put(dimension, new LinkedHashMap<>());
		}
		this.jdbc.sql("""
				SELECT dimension, dim_value, SUM(pages) AS pages, SUM(spend) AS spend FROM campaign_day_audience
				WHERE campaign_id = ? AND on_day BETWEEN ? AND ?
				GROUP BY dimension, dim_value ORDER BY dimension, pages DESC, dim_value""")
			.params(campaignId, Date.valueOf(from), Date.valueOf(to))
			.query((rs) -> {
				breakdowns.get(ReportDimension.valueOf(rs.getString(1)))
					.put(rs.getString(2), new Sums(rs.getLong(3), rs.getLong(4)));
			});
		return breakdowns;
	}

	/** Every combination in the span, hour by hour, streamed to {@code rows}. */
	public void cube(long campaignId, LocalDateTime from, LocalDateTime to, Consumer<ReportRow> rows) {
		this.jdbc.sql("""
				SELECT at_hour, school_id, major, admission_year, gender, printer_id, pages, spend
				FROM campaign_hourly WHERE campaign_id = ? AND at_hour >= ? AND at_hour < ?
				ORDER BY at_hour, school_id, major, admission_year, gender, printer_id""")
			.params(campaignId, Timestamp.valueOf(from), Timestamp.valueOf(to))
			.query((rs) -> {
				rows.accept(new ReportRow(rs.getTimestamp(1).toLocalDateTime(), rs.getLong(2), rs.getString(3),
						rs.getInt(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
			});
	}

}
