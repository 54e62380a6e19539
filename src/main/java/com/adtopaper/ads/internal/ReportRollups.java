package com.adtopaper.ads.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.adtopaper.ads.ReportDimension;
import com.adtopaper.ads.PrintedPage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds newly recorded pages to the report's rollups (hour totals and per-day audience
 * breakdowns) in the recording's transaction. Rows are summed in memory first and written
 * in key order, so two batches touching the same rows lock them in the same order instead
 * of deadlocking.
 */
@Component
public class ReportRollups {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final String HOURS = """
			INSERT INTO campaign_hour_totals (campaign_id, at_hour, pages, spend) VALUES (?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE pages = pages + VALUES(pages), spend = spend + VALUES(spend)""";

	private static final String AUDIENCE = """
			INSERT INTO campaign_day_audience (campaign_id, on_day, dimension, dim_value, pages, spend)
			VALUES (?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE pages = pages + VALUES(pages), spend = spend + VALUES(spend)""";

	private final JdbcTemplate jdbc;

	ReportRollups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private record HourKey(long campaignId, LocalDateTime hour) {
	}

	private record AudienceKey(long campaignId, LocalDateTime day, ReportDimension dimension, String value) {
	}

	private static final Comparator<HourKey> HOUR_ORDER = Comparator.comparingLong(HourKey::campaignId)
		.thenComparing(HourKey::hour);

	private static final Comparator<AudienceKey> AUDIENCE_ORDER = Comparator.comparingLong(AudienceKey::campaignId)
		.thenComparing(AudienceKey::dimension)
		.thenComparing(AudienceKey::day)
		.thenComparing(AudienceKey::value);

	/** Adds the pages; call only with pages not counted before. */
	public void add(List<PrintedPage> pages) {
		Map<HourKey, long[]> hours = new TreeMap<>(HOUR_ORDER);
		Map<AudienceKey, long[]> audience = new TreeMap<>(AUDIENCE_ORDER);
		for (PrintedPage page : pages) {
			LocalDateTime hour = seoulHour(page.printedAt());
			add(hours, new HourKey(page.campaignId(), hour), page.price());
			LocalDateTime day = hour.truncatedTo(ChronoUnit.DAYS);
			for (ReportDimension dimension : ReportDimension.values()) {
				add(audience, new AudienceKey(page.campaignId(), day, dimension, value(page, dimension)), page.price());
			}
		}
		List<Object[]> hourRows = new ArrayList<>(hours.size());
		hours.forEach((key, sums) -> hourRows.add(new Object[] { key.campaignId(), key.hour(), sums[0], sums[1] }));
		List<Object[]> audienceRows = new ArrayList<>(audience.size());
		audience.forEach((key, sums) -> audienceRows.add(new Object[] { key.campaignId(), key.day().toLocalDate(),
				key.dimension().name(), key.value(), sums[0], sums[1] }));
		this.jdbc.batchUpdate(HOURS, hourRows);
		this.jdbc.batchUpdate(AUDIENCE, audienceRows);
	}

	private static <K> void add(Map<K, long[]> sums, K key, long price) {
		long[] sum = sums.computeIfAbsent(key, (k) -> new long[2]);
		sum[0]++;
		sum[1] += price;
	}

	static LocalDateTime seoulHour(Instant instant) {
		return LocalDateTime.ofInstant(instant, SEOUL).truncatedTo(ChronoUnit.HOURS);
	}

	static String value(PrintedPage page, ReportDimension dimension) {
		return switch (dimension) {
			case SCHOOL -> Long.toString(page.audience().schoolId());
			case MAJOR -> page.audience().major();
			case YEAR -> Integer.toString(page.audience().admissionYear());
			case GENDER -> page.audience().gender().name();
			case PRINTER -> Long.toString(page.printerId());
		};
	}

}
