package com.adtopaper.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.LiveEarnings.PrinterToday;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing.Thing;
import com.adtopaper.settlement.internal.Periods;
import com.adtopaper.settlement.internal.TermsBook;
import com.adtopaper.settlement.internal.TermsBook.Book;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner's printers earned, as it happens: each printed side counted once, from
 * the same event that records its impression, paid and house-ad sides apart. Amounts here
 * are estimates: the terms of each day applied to what each printer printed that day (or
 * that hour, or in that job), rounded down each time, where the month's {@link Statement}
 * rounds once per line; so the month's estimate may be a few won below the final amount,
 * which is the statement's.
 */
@Service
@Transactional(readOnly = true)
public class Earnings {

	private final JdbcClient jdbc;

	private final Printers printers;

	private final TermsBook terms;

	private final Clock clock;

	Earnings(JdbcClient jdbc, Printers printers, TermsBook terms, Clock clock) {
		this.jdbc = jdbc;
		this.printers = printers;
		this.terms = terms;
		this.clock = clock;
	}

	/** Today and this month so far, and each of the partner's printers today. */
	public LiveEarnings live(long partnerId) {
		LocalDate today = LocalDate.now(this.clock.withZone(Periods.SEOUL));
		YearMonth period = YearMonth.from(today);
		List<Printer> mine = this.printers.ofPartner(partnerId);
		Book book = this.terms.of(mine.stream().map(Printer::siteId).distinct().toList());
		long[] totals = new long[4];
		Map<Long, long[]> byPrinter = new LinkedHashMap<>();
		mine.forEach((printer) -> byPrinter.put(printer.id(), new long[4]));
		this.jdbc
			.sql("select printer_id, site_id, on_day, period, sides, paid_sides, house_sides, revenue"
					+ " from settlement_printer_days where partner_id = ? and (period = ? or on_day = ?)")
			.params(partnerId, period.toString(), today)
			.query((ResultSet rs) -> {
				LocalDate day = rs.getObject("on_day", LocalDate.class);
				long earned = book.on(rs.getLong("site_id"), rs.getLong("printer_id"), day)
					.amount(rs.getLong("revenue"), rs.getLong("house_sides"));
				if (period.toString().equals(rs.getString("period"))) {
					totals[2] += rs.getLong("sides");
					totals[3] += earned;
				}
				if (day.equals(today)) {
					totals[0] += rs.getLong("sides");
					totals[1] += earned;
					long[] p = byPrinter.computeIfAbsent(rs.getLong("printer_id"), (k) -> new long[4]);
					p[0] += rs.getLong("sides");
					p[1] += rs.getLong("paid_sides");
					p[2] += rs.getLong("house_sides");
					p[3] += earned;
				}
			});
		List<PrinterToday> printers = byPrinter.entrySet()
			.stream()
			.map((e) -> new PrinterToday(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
					e.getValue()[3]))
			.toList();
		return new LiveEarnings(partnerId, today, period, totals[0], totals[1], totals[2], totals[3], printers);
	}

	/**
	 * What printed today (Seoul) at every printer, for operators.
	 *
	 * @param sides sides printed
	 * @param paidSides sides an advertiser paid for
	 * @param houseSides sides with a house ad
	 * @param revenue what the advertisers paid for them (won)
	 */
	public record Today(LocalDate day, long sides, long paidSides, long houseSides, long revenue) {
	}

	@Transactional(readOnly = true)
	public Today today() {
		LocalDate today = LocalDate.now(this.clock.withZone(Periods.SEOUL));
		return this.jdbc
			.sql("select coalesce(sum(sides), 0), coalesce(sum(paid_sides), 0), coalesce(sum(house_sides), 0),"
					+ " coalesce(sum(revenue), 0) from settlement_printer_days where on_day = ?")
			.param(today)
			.query((rs, row) -> new Today(today, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/**
	 * What printed each Seoul day from {@code from} to {@code to} (both included), at one
	 * printer of the partner's or all of them; days with nothing printed are left out.
	 */
	public List<HistoryPoint> byDay(long partnerId, @Nullable Long printerId, LocalDate from, LocalDate to) {
		return history("settlement_printer_days", "on_day", partnerId, printerId, from.atStartOfDay(),
				to.atStartOfDay());
	}

	/** The same by Seoul hour. */
	public List<HistoryPoint> byHour(long partnerId, @Nullable Long printerId, LocalDate from, LocalDate to) {
		return history("settlement_printer_hours", "at_hour", partnerId, printerId, from.atStartOfDay(),
				to.atTime(23, 0));
	}

	private List<HistoryPoint> history(String table, String column, long partnerId, @Nullable Long printerId,
			Object from, Object to) {
		List<Printer> mine = mine(partnerId, printerId);
		Book book = this.terms.of(mine.stream().map(Printer::siteId).distinct().toList());
		Map<LocalDateTime, long[]> points = new TreeMap<>();
		this.jdbc
			.sql("select printer_id, site_id, " + column + ", sides, paid_sides, house_sides, revenue from " + table
					+ " where partner_id = ? and " + column + " between ? and ?"
					+ ((printerId != null) ? " and printer_id = ?" : ""))
			.params(withPrinter(List.of(partnerId, from, to), printerId))
			.query((ResultSet rs) -> {
				LocalDateTime at = column.equals("on_day") ? rs.getObject(3, LocalDate.class).atStartOfDay()
						: rs.getObject(3, LocalDateTime.class);
				long[] p = points.computeIfAbsent(at, (k) -> new long[5]);
				p[0] += rs.getLong("sides");
				p[1] += rs.getLong("paid_sides");
				p[2] += rs.getLong("house_sides");
				p[3] += rs.getLong("revenue");
				p[4] += book.on(rs.getLong("site_id"), rs.getLong("printer_id"), at.toLocalDate())
					.amount(rs.getLong("revenue"), rs.getLong("house_sides"));
			});
		return points.entrySet()
			.stream()
			.map((e) -> new HistoryPoint(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
					e.getValue()[4]))
			.toList();
	}

	/** A page of the partner's printing log, newest first. */
	public List<LogEntry> log(long partnerId, LogFilter filter, int offset, int limit) {
		List<LogEntry> entries = new ArrayList<>();
		log(partnerId, filter, " limit " + Math.max(0, limit) + " offset " + Math.max(0, offset), entries::add);
		return entries;
	}

	/** The whole log of the filter, newest first, streamed (for a download). */
	public void forEachLogEntry(long partnerId, LogFilter filter, Consumer<LogEntry> entries) {
		log(partnerId, filter, "", entries);
	}

	private void log(long partnerId, LogFilter filter, String page, Consumer<LogEntry> entries) {
		List<Printer> mine = mine(partnerId, filter.printerId());
		Book book = this.terms.of(mine.stream().map(Printer::siteId).distinct().toList());
		LocalDateTime from = utc(filter.from().atStartOfDay());
		LocalDateTime to = utc(filter.to().plusDays(1).atStartOfDay());
		this.jdbc
			.sql("select job_id, max(printed_at) as last_at, max(printer_id) as printer_id, max(site_id) as site_id,"
					+ " sum(sides) as sides, sum(paid_sides) as paid_sides, sum(house_sides) as house_sides,"
					+ " sum(revenue) as revenue from settlement_printed where partner_id = ? and printed_at >= ?"
					+ " and printed_at < ?" + ((filter.printerId() != null) ? " and printer_id = ?" : "")
					+ " group by job_id order by last_at desc, job_id" + page)
			.params(withPrinter(List.of(partnerId, from, to), filter.printerId()))
			.query((ResultSet rs) -> entries.accept(entry(rs, book)));
	}

	private static LogEntry entry(ResultSet rs, Book book) throws SQLException {
		java.time.Instant at = rs.getObject("last_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
		long earned = book.on(rs.getLong("site_id"), rs.getLong("printer_id"), LocalDate.ofInstant(at, Periods.SEOUL))
			.amount(rs.getLong("revenue"), rs.getLong("house_sides"));
		return new LogEntry(rs.getString("job_id"), at, rs.getLong("printer_id"), rs.getLong("sides"),
				rs.getLong("paid_sides"), rs.getLong("house_sides"), earned);
	}

	/** The partner's printers, or the one asked for if it is theirs. */
	private List<Printer> mine(long partnerId, @Nullable Long printerId) {
		List<Printer> mine = this.printers.ofPartner(partnerId);
		if (printerId == null) {
			return mine;
		}
		List<Printer> one = mine.stream().filter((p) -> p.id() == printerId).toList();
		if (one.isEmpty()) {
			throw new NoSuchPartnerThing(Thing.PRINTER, printerId);
		}
		return one;
	}

	private static LocalDateTime utc(LocalDateTime seoul) {
		return LocalDateTime.ofInstant(seoul.atZone(Periods.SEOUL).toInstant(), ZoneOffset.UTC);
	}

	private static List<Object> withPrinter(List<Object> args, @Nullable Long printerId) {
		List<Object> all = new ArrayList<>(args);
		if (printerId != null) {
			all.add(printerId);
		}
		return all;
	}

}
