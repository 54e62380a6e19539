package com.adtopaper.settlement.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts printed sides as earnings of their printer's site, each event once: the events
 * in one multi-row {@code INSERT IGNORE} into {@code settlement_printed} keyed by (job,
 * first side) — a job's progress reports only move forward, so that is the event — then
 * the hourly and daily roll-ups of only the rows this batch inserted (found by its batch
 * id), in key order so that concurrent batches lock in the same order. A redelivered
 * event inserts nothing and so earns nothing. The months counted in are locked first
 * ({@link Periods}): a side of a month that has closed counts in the first open month.
 * The same SQL runs on MariaDB, MySQL and H2 in MySQL mode.
 */
@Component
public class EarningsWriter {

	/** Where a printer is, when its sides are counted. */
	public record Place(long partnerId, long siteId) {
	}

	private static final Comparator<PagesPrinted> BY_EVENT = Comparator.comparing(PagesPrinted::jobId)
		.thenComparingInt(PagesPrinted::fromSide);

	private final JdbcClient jdbc;

	private final Periods periods;

	EarningsWriter(JdbcClient jdbc, Periods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	/**
	 * @param events printed sides, repeats allowed, each with its sides
	 * ({@link PagesPrinted#paidSides()} not null)
	 * @param places where each event's printer is, by printer id
	 * @return how many events were counted for the first time
	 */
	@Transactional
	public int write(List<PagesPrinted> events, Map<Long, Place> places) {
		if (events.isEmpty()) {
			return 0;
		}
		Map<YearMonth, YearMonth> counting = new HashMap<>();
		for (YearMonth printed : new TreeSet<>(events.stream().map((e) -> Periods.of(e.printedAt())).toList())) {
			counting.put(printed, this.periods.lockCounting(printed));
		}
		Map<String, PagesPrinted> unique = new TreeMap<>();
		for (PagesPrinted event : events.stream().sorted(BY_EVENT).toList()) {
			unique.putIfAbsent(key(event.jobId(), event.fromSide()), event);
		}
		String batch = UUID.randomUUID().toString();
		List<Object> args = new ArrayList<>();
		for (PagesPrinted event : unique.values()) {
			Place place = places.get(event.printerId());
			Counts counts = Counts.of(event);
			args.addAll(List.of(event.jobId(), event.fromSide(), event.toSide(), place.partnerId(), place.siteId(),
					event.printerId(), LocalDateTime.ofInstant(event.printedAt(), ZoneOffset.UTC),
					counting.get(Periods.of(event.printedAt())).toString(), counts.sides, counts.paid, counts.house,
					counts.revenue, batch));
		}
		this.jdbc
			.sql("insert ignore into settlement_printed (job_id, from_side, to_side, partner_id, site_id, printer_id,"
					+ " printed_at, period, sides, paid_sides, house_sides, revenue, batch_id) values "
					+ rows(unique.size(), 13))
			.params(args)
			.update();
		Set<String> inserted = new HashSet<>(
				this.jdbc.sql("select job_id, from_side from settlement_printed" + " where batch_id = ?")
					.param(batch)
					.query((rs, row) -> key(rs.getString(1), rs.getInt(2)))
					.list());
		Map<List<Comparable<?>>, long[]> hours = new TreeMap<>(KEYS);
		Map<List<Comparable<?>>, long[]> days = new TreeMap<>(KEYS);
		for (Map.Entry<String, PagesPrinted> entry : unique.entrySet()) {
			if (!inserted.contains(entry.getKey())) {
				continue;
			}
			PagesPrinted event = entry.getValue();
			Place place = places.get(event.printerId());
			LocalDateTime seoul = LocalDateTime.ofInstant(event.printedAt(), Periods.SEOUL);
			String period = counting.get(Periods.of(event.printedAt())).toString();
			Counts counts = Counts.of(event);
			add(hours, List.of(event.printerId(), seoul.truncatedTo(ChronoUnit.HOURS), period, place.partnerId(),
					place.siteId()), counts);
			add(days, List.of(event.printerId(), seoul.toLocalDate(), period, place.partnerId(), place.siteId()),
					counts);
		}
		if (!inserted.isEmpty()) {
			upsert("settlement_printer_hours (printer_id, at_hour, period, partner_id, site_id", hours);
			upsert("settlement_printer_days (printer_id, on_day, period, partner_id, site_id", days);
		}
		return inserted.size();
	}

	private void upsert(String table, Map<List<Comparable<?>>, long[]> rows) {
		List<Object> args = new ArrayList<>();
		for (Map.Entry<List<Comparable<?>>, long[]> row : rows.entrySet()) {
			args.addAll(row.getKey());
			for (long count : row.getValue()) {
				args.add(count);
			}
		}
		this.jdbc
			.sql("insert into " + table + ", sides, paid_sides, house_sides, revenue) values " + rows(rows.size(), 9)
					+ " on duplicate key update sides = sides + values(sides), paid_sides = paid_sides"
					+ " + values(paid_sides), house_sides = house_sides + values(house_sides),"
					+ " revenue = revenue + values(revenue)")
			.params(args)
			.update();
	}

	private record Counts(int sides, int paid, int house, long revenue) {

		static Counts of(PagesPrinted event) {
			List<PaidSide> paid = (event.paidSides() != null) ? event.paidSides() : List.of();
			int sides = event.toSide() - event.fromSide() + 1;
			long revenue = paid.stream().mapToLong(PaidSide::price).sum();
			return new Counts(sides, paid.size(), sides - paid.size(), revenue);
		}

	}

	private static void add(Map<List<Comparable<?>>, long[]> rows, List<Comparable<?>> key, Counts counts) {
		long[] sums = rows.computeIfAbsent(key, (k) -> new long[4]);
		sums[0] += counts.sides;
		sums[1] += counts.paid;
		sums[2] += counts.house;
		sums[3] += counts.revenue;
	}

	private static String key(String jobId, int fromSide) {
		return jobId + "\u0000" + String.format("%010d", fromSide);
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
	private static final Comparator<List<Comparable<?>>> KEYS = (a, b) -> {
		for (int i = 0; i < a.size(); i++) {
			int c = ((Comparable) a.get(i)).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	};

}
