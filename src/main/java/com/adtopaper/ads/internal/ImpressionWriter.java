package com.adtopaper.ads.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.adtopaper.ads.PrintedPage;
import com.adtopaper.ads.ReportDimension;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes printed pages and their roll-ups (delivery per day, a member's pages per day,
 * every combination per hour for the CSV drill-down, and what the report page reads:
 * totals per hour and each audience breakdown per day) with a handful of set-based
 * statements per batch, whatever its size: the impressions in one multi-row
 * {@code INSERT IGNORE}, then the counters of only the rows this batch inserted (found by
 * its batch id), each table in one multi-row upsert. Rows are written in key order so
 * that concurrent batches lock in the same order. Call inside a transaction. The SQL is
 * what MariaDB, MySQL and H2 in MySQL mode all accept.
 */
@Component
public class ImpressionWriter {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final Comparator<PrintedPage> BY_PAGE = Comparator.comparing(PrintedPage::jobId)
		.thenComparingInt(PrintedPage::page);

	private final JdbcTemplate jdbc;

	ImpressionWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param pages printed pages, in any order, repeats allowed
	 * @return the pages that were not recorded before
	 */
	public List<PrintedPage> write(List<PrintedPage> pages) {
		Map<String, PrintedPage> unique = new TreeMap<>();
		for (PrintedPage page : pages.stream().sorted(BY_PAGE).toList()) {
			unique.putIfAbsent(page.jobId() + "\u0000" + String.format("%010d", page.page()), page);
		}
		if (unique.isEmpty()) {
			return List.of();
		}
		String batch = UUID.randomUUID().toString();
		List<Object> args = new ArrayList<>();
		for (PrintedPage page : unique.values()) {
			args.addAll(List.of(page.jobId(), page.page(), page.campaignId(), page.creativeId(),
					page.audience().memberId(), page.printerId(), page.price(),
					LocalDateTime.ofInstant(page.printedAt(), ZoneOffset.UTC), batch));
		}
		this.jdbc
			.update("insert ignore into impressions (job_id, page, campaign_id, creative_id, member_id, printer_id,"
					+ " price, printed_at, batch_id) values " + rows(unique.size(), 9), args.toArray());
		Set<String> inserted = new HashSet<>();
		this.jdbc.query("select job_id, page from impressions where batch_id = ?", (row) -> {
			inserted.add(row.getString(1) + "\u0000" + String.format("%010d", row.getInt(2)));
		}, batch);
		List<PrintedPage> fresh = unique.entrySet()
			.stream()
			.filter((e) -> inserted.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		if (!fresh.isEmpty()) {
			rollUp(fresh);
		}
		return fresh;
	}

	private void rollUp(List<PrintedPage> pages) {
		Map<List<Object>, long[]> delivery = new TreeMap<>(KEYS);
		Map<List<Object>, long[]> members = new TreeMap<>(KEYS);
		Map<List<Object>, long[]> hourly = new TreeMap<>(KEYS);
		Map<List<Object>, long[]> hourTotals = new TreeMap<>(KEYS);
		Map<List<Object>, long[]> audience = new TreeMap<>(KEYS);
		for (PrintedPage page : pages) {
			LocalDateTime seoul = LocalDateTime.ofInstant(page.printedAt(), SEOUL);
			LocalDateTime hour = seoul.truncatedTo(ChronoUnit.HOURS);
			LocalDate day = seoul.toLocalDate();
			add(delivery, List.of(page.campaignId(), day), page.price());
			add(members, List.of(page.campaignId(), page.audience().memberId(), day), page.price());
			add(hourly,
					List.of(page.campaignId(), hour, page.audience().schoolId(), page.audience().major(),
							page.audience().admissionYear(), page.audience().gender().name(), page.printerId()),
					page.price());
			// what one report page reads: the hourly chart and each breakdown by day
			add(hourTotals, List.of(page.campaignId(), hour), page.price());
			for (ReportDimension dimension : ReportDimension.values()) {
				add(audience, List.of(page.campaignId(), dimension.name(), day, value(page, dimension)), page.price());
			}
		}
		upsert("campaign_delivery (campaign_id, on_day, pages, spend)", delivery, true,
				"pages = pages + values(pages), spend = spend + values(spend)");
		upsert("campaign_member_pages (campaign_id, member_id, on_day, pages)", members, false,
				"pages = pages + values(pages)");
		upsert("campaign_hourly (campaign_id, at_hour, school_id, major, admission_year, gender, printer_id, pages,"
				+ " spend)", hourly, true, "pages = pages + values(pages), spend = spend + values(spend)");
		upsert("campaign_hour_totals (campaign_id, at_hour, pages, spend)", hourTotals, true,
				"pages = pages + values(pages), spend = spend + values(spend)");
		upsert("campaign_day_audience (campaign_id, dimension, on_day, dim_value, pages, spend)", audience, true,
				"pages = pages + values(pages), spend = spend + values(spend)");
	}

	private static String value(PrintedPage page, ReportDimension dimension) {
		return switch (dimension) {
			case SCHOOL -> Long.toString(page.audience().schoolId());
			case MAJOR -> page.audience().major();
			case YEAR -> Integer.toString(page.audience().admissionYear());
			case GENDER -> page.audience().gender().name();
			case PRINTER -> Long.toString(page.printerId());
		};
	}

	private void upsert(String table, Map<List<Object>, long[]> rows, boolean spend, String update) {
		List<Object> args = new ArrayList<>();
		int columns = 0;
		for (Map.Entry<List<Object>, long[]> row : rows.entrySet()) {
			args.addAll(row.getKey());
			args.add(row.getValue()[0]);
			if (spend) {
				args.add(row.getValue()[1]);
			}
			columns = row.getKey().size() + (spend ? 2 : 1);
		}
		this.jdbc.update(
				"insert into " + table + " values " + rows(rows.size(), columns) + " on duplicate key update " + update,
				args.toArray());
	}

	private static void add(Map<List<Object>, long[]> rows, List<Object> key, long price) {
		long[] counts = rows.computeIfAbsent(key, (k) -> new long[2]);
		counts[0]++;
		counts[1] += price;
	}

	private static String rows(int count, int columns) {
		String row = "(" + "?, ".repeat(columns - 1) + "?)";
		StringBuilder sql = new StringBuilder(count * (row.length() + 2));
		for (int i = 0; i < count; i++) {
			sql.append((i > 0) ? ", " : "").append(row);
		}
		return sql.toString();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Comparator<List<Object>> KEYS = (a, b) -> {
		for (int i = 0; i < a.size(); i++) {
			int c = ((Comparable) a.get(i)).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	};

}
