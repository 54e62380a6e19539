package com.adtopaper.settlement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.adtopaper.member.Accounts;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.LineKind;
import com.adtopaper.settlement.PayoutStatus;
import com.adtopaper.settlement.Terms;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes one month, in one transaction, once: the month's row is locked first (the
 * earnings writers lock it too, so nothing is counted in the month while or after it
 * closes) and a closed month is left alone, so a rerun, a retry or a second node closing
 * at the same time makes nothing twice ({@code UNIQUE (partner_id, period)} would refuse
 * it anyway). It reads the daily roll-ups (a row per printer and day, however many sides
 * printed), one partner at a time, and writes each partner's statement before reading the
 * next: memory holds one partner's month whatever the month's size.
 * <p>
 * Rounding: a line's amount is {@link Terms#amount} of the line's sums (the share rounded
 * down once per line); the total is the sum of the lines, exactly, so no won is lost or
 * invented between the lines and the total.
 */
@Component
public class MonthClose {

	private final JdbcClient jdbc;

	private final Periods periods;

	private final TermsBook terms;

	private final Printers printers;

	private final Accounts accounts;

	private final SettlementSettings settings;

	MonthClose(JdbcClient jdbc, Periods periods, TermsBook terms, Printers printers, Accounts accounts,
			SettlementSettings settings) {
		this.jdbc = jdbc;
		this.periods = periods;
		this.terms = terms;
		this.printers = printers;
		this.accounts = accounts;
		this.settings = settings;
	}

	/** One line being summed. */
	private static final class Line {

		final LineKind kind;

		@Nullable Long siteId;

		@Nullable Long printerId;

		@Nullable Terms terms;

		@Nullable LocalDate first;

		@Nullable LocalDate last;

		long sides;

		long paid;

		long house;

		long revenue;

		long amount;

		@Nullable Long adjustmentId;

		@Nullable String reason;

		@Nullable Long operatorId;

		Line(LineKind kind) {
			this.kind = kind;
		}

	}

	/**
	 * Closes {@code period} if it is not closed yet.
	 * @return whether this call closed it
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean close(YearMonth period, Instant now) {
		if (this.periods.lockClosed(period)) {
			return false;
		}
		TermsBook.Book book = this.terms.all();
		Map<Long, Printer> printers = new HashMap<>();
		this.printers.all().forEach((p) -> printers.put(p.id(), p));
		Map<Long, List<Line>> adjustments = adjustments(period);
		List<Long> partners = this.jdbc
			.sql("select distinct partner_id from settlement_printer_days where period = ? order by partner_id")
			.param(period.toString())
			.query(Long.class)
			.list();
		for (long partnerId : partners) {
			List<Line> lines = new ArrayList<>();
			this.jdbc
				.sql("select site_id, printer_id, on_day, sides, paid_sides, house_sides, revenue"
						+ " from settlement_printer_days where period = ? and partner_id = ?"
						+ " order by site_id, printer_id, on_day")
				.params(period.toString(), partnerId)
				.query((ResultSet rs) -> add(lines, rs, book));
			state(partnerId, period, lines, adjustments.remove(partnerId), printers, now);
		}
		for (Map.Entry<Long, List<Line>> left : adjustments.entrySet()) {
			state(left.getKey(), period, List.of(), left.getValue(), printers, now);
		}
		// partners with nothing this month but an amount carried from earlier ones
		List<Long> carrying = this.jdbc
			.sql("select s.partner_id from settlement_statements s where s.carried_out <> 0 and s.period = ?"
					+ " and not exists (select 1 from settlement_statements t where t.partner_id = s.partner_id"
					+ " and t.period = ?)")
			.params(period.minusMonths(1).toString(), period.toString())
			.query(Long.class)
			.list();
		for (long partnerId : carrying) {
			state(partnerId, period, List.of(), null, printers, now);
		}
		this.jdbc.sql("update settlement_months set closed_at = ? where period = ?")
			.params(LocalDateTime.ofInstant(now, ZoneOffset.UTC), period.toString())
			.update();
		return true;
	}

	private static void add(List<Line> lines, ResultSet rs, TermsBook.Book book) throws SQLException {
		long site = rs.getLong("site_id");
		long printer = rs.getLong("printer_id");
		LocalDate day = rs.getObject("on_day", LocalDate.class);
		Terms terms = book.on(site, printer, day);
		Line line = lines.isEmpty() ? null : lines.getLast();
		if (line == null || line.printerId != printer || line.terms != terms) {
			line = new Line(LineKind.EARNINGS);
			line.siteId = site;
			line.printerId = printer;
			line.terms = terms;
			line.first = day;
			lines.add(line);
		}
		line.last = day;
		line.sides += rs.getLong("sides");
		line.paid += rs.getLong("paid_sides");
		line.house += rs.getLong("house_sides");
		line.revenue += rs.getLong("revenue");
	}

	private Map<Long, List<Line>> adjustments(YearMonth period) {
		Map<Long, List<Line>> byPartner = new HashMap<>();
		this.jdbc
			.sql("select id, partner_id, kind, amount, reason, operator_id from settlement_adjustments"
					+ " where period = ? order by partner_id, id")
			.param(period.toString())
			.query((ResultSet rs) -> {
				Line line = new Line(LineKind.valueOf(rs.getString("kind")));
				line.amount = rs.getLong("amount");
				line.adjustmentId = rs.getLong("id");
				line.reason = rs.getString("reason");
				line.operatorId = rs.getLong("operator_id");
				byPartner.computeIfAbsent(rs.getLong("partner_id"), (k) -> new ArrayList<>()).add(line);
			});
		return byPartner;
	}

	private void state(long partnerId, YearMonth period, List<Line> earnings, @Nullable List<Line> adjustments,
			Map<Long, Printer> printers, Instant now) {
		List<Line> lines = new ArrayList<>(earnings);
		long sides = 0;
		long paid = 0;
		long house = 0;
		long revenue = 0;
		long earned = 0;
		for (Line line : earnings) {
			line.amount = line.terms.amount(line.revenue, line.house);
			sides += line.sides;
			paid += line.paid;
			house += line.house;
			revenue += line.revenue;
			earned += line.amount;
		}
		long adjusted = 0;
		if (adjustments != null) {
			lines.addAll(adjustments);
			adjusted = adjustments.stream().mapToLong((l) -> l.amount).sum();
		}
		long total = earned + adjusted;
		long carriedIn = this.jdbc
			.sql("select carried_out from settlement_statements where partner_id = ? and period = ?")
			.params(partnerId, period.minusMonths(1).toString())
			.query(Long.class)
			.optional()
			.orElse(0L);
		if (lines.isEmpty() && carriedIn == 0) {
			return;
		}
		long due = total + carriedIn;
		long threshold = this.settings.threshold();
		long payable = (due >= threshold && due > 0) ? due : 0;
		long carriedOut = due - payable;
		Payee payee = payee(partnerId);
		PayoutStatus status = (payable > 0) ? PayoutStatus.PENDING : PayoutStatus.CARRIED_FORWARD;
		LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
		this.jdbc.sql("insert into settlement_statements (partner_id, period, legal_name, business_number, sides,"
				+ " paid_sides, house_sides, revenue, earnings, adjustments, total, carried_in, payable, carried_out,"
				+ " threshold, status, closed_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?, ?, 0)")
			.params(partnerId, period.toString(), payee.legalName, payee.businessNumber, sides, paid, house, revenue,
					earned, adjusted, total, carriedIn, payable, carriedOut, threshold, status.name(), at, at)
			.update();
		long statementId = this.jdbc.sql("select id from settlement_statements where partner_id = ? and period = ?")
			.params(partnerId, period.toString())
			.query(Long.class)
			.single();
		List<Object[]> rows = new ArrayList<>();
		int number = 0;
		for (Line line : lines) {
			Printer printer = (line.printerId != null) ? printers.get(line.printerId) : null;
			Terms terms = line.terms;
			rows.add(new Object[] { statementId, ++number, line.kind.name(), line.siteId,
					(printer != null) ? printer.site() : null, line.printerId,
					(printer != null) ? printer.name() : null, (terms != null && terms.id() != 0) ? terms.id() : null,
					(terms != null) ? terms.shareBps() : null, (terms != null) ? terms.houseFee() : null, line.first,
					line.last, line.sides, line.paid, line.house, line.revenue, line.amount, line.adjustmentId,
					line.reason, line.operatorId });
		}
		if (!rows.isEmpty()) {
			batchInsert(rows);
		}
	}

	private void batchInsert(List<Object[]> rows) {
		StringBuilder sql = new StringBuilder("insert into settlement_statement_lines (statement_id, line_no, kind,"
				+ " site_id, site_name, printer_id, printer_name, terms_id, share_bps, house_fee, first_day, last_day,"
				+ " sides, paid_sides, house_sides, revenue, amount, adjustment_id, reason, operator_id) values ");
		// at most 1,000 lines a statement, well below the 65,535 parameters a statement
		// may have
		for (int from = 0; from < rows.size(); from += 1000) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
			StringBuilder values = new StringBuilder(sql);
			List<Object> args = new ArrayList<>();
			for (int i = 0; i < chunk.size(); i++) {
				values.append((i > 0) ? ", " : "").append("(?" + ", ?".repeat(19) + ")");
				args.addAll(java.util.Arrays.asList(chunk.get(i)));
			}
			this.jdbc.sql(values.toString()).params(args).update();
		}
	}

	private record Payee(String legalName, @Nullable String businessNumber) {
	}

	private Payee payee(long partnerId) {
		return this.jdbc.sql("select legal_name, business_number from settlement_partners where partner_id = ?")
			.param(partnerId)
			.query((rs, row) -> new Payee(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseGet(() -> new Payee(
					this.accounts.find(partnerId).map((a) -> a.name()).orElse("Partner " + partnerId), null));
	}

}
