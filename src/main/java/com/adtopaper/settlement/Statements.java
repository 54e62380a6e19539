package com.adtopaper.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.settlement.SettlementExceptions.InvalidSettlement;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing.Thing;
import com.adtopaper.settlement.SettlementExceptions.NoSuchStatement;
import com.adtopaper.settlement.SettlementExceptions.PayoutMoveRefused;
import com.adtopaper.settlement.internal.MonthClose;
import com.adtopaper.settlement.internal.Periods;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed months' statements: the close (idempotent, once across nodes), what partners and
 * operators read, deductions and adjustments, and payouts moved by operators. A closed
 * statement never changes but for its payout status.
 */
@Service
@Transactional
public class Statements {

	private static final String SUMMARY = "select id, partner_id, period, total, payable, carried_out, status,"
			+ " closed_at from settlement_statements";

	private final JdbcClient jdbc;

	private final MonthClose monthClose;

	private final Periods periods;

	private final Accounts accounts;

	private final Clock clock;

	Statements(JdbcClient jdbc, MonthClose monthClose, Periods periods, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.monthClose = monthClose;
		this.periods = periods;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Closes every month not closed up to {@code upTo} (which must have ended in Seoul),
	 * oldest first, each in a transaction of its own: one statement per partner with
	 * anything to state. A month already closed is left as it is.
	 * @return the months this call closed
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public List<YearMonth> close(YearMonth upTo) {
		YearMonth now = YearMonth.now(this.clock.withZone(Periods.SEOUL));
		if (!upTo.isBefore(now)) {
			throw new InvalidSettlement("period", upTo + " has not ended yet: a month closes once it is over.",
					"problem.settlement.month-not-over", upTo.toString());
		}
		String first = this.jdbc.sql("select min(period) from settlement_months where closed_at is null")
			.query((rs, row) -> rs.getString(1))
			.list()
			.getFirst();
		List<YearMonth> closed = new ArrayList<>();
		if (first == null) {
			return closed;
		}
		Instant at = this.clock.instant();
		for (YearMonth period = YearMonth.parse(first); !period.isAfter(upTo); period = period.plusMonths(1)) {
			if (this.monthClose.close(period, at)) {
				closed.add(period);
			}
		}
		return closed;
	}

	/** The latest closed month. */
	@Transactional(readOnly = true)
	public Optional<YearMonth> lastClosed() {
		return this.periods.lastClosed();
	}

	/** A partner's statements, newest first. */
	@Transactional(readOnly = true)
	public List<StatementSummary> ofPartner(long partnerId) {
		return this.jdbc.sql(SUMMARY + " where partner_id = ? order by period desc")
			.param(partnerId)
			.query(Statements::summary)
			.list();
	}

	/** Every partner's statement of a month (operators). */
	@Transactional(readOnly = true)
	public List<StatementSummary> ofPeriod(YearMonth period) {
		return this.jdbc.sql(SUMMARY + " where period = ? order by partner_id")
			.param(period.toString())
			.query(Statements::summary)
			.list();
	}

	/** A partner's statement of a month: {@link NoSuchStatement} if none. */
	@Transactional(readOnly = true)
	public Statement get(long partnerId, YearMonth period) {
		return this.jdbc.sql("select id from settlement_statements where partner_id = ? and period = ?")
			.params(partnerId, period.toString())
			.query(Long.class)
			.optional()
			.map(this::byId)
			.orElseThrow(() -> new NoSuchStatement(period));
	}

	/** A statement by id (operators). */
	@Transactional(readOnly = true)
	public Statement byId(long statementId) {
		List<StatementLine> lines = this.jdbc
			.sql("select * from settlement_statement_lines where statement_id = ? order by line_no")
			.param(statementId)
			.query(Statements::line)
			.list();
		List<PayoutMove> moves = this.jdbc
			.sql("select * from settlement_payout_moves where statement_id = ? order by id")
			.param(statementId)
			.query((rs, row) -> new PayoutMove(PayoutStatus.valueOf(rs.getString("from_status")),
					PayoutStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getLong("actor_id"),
					instant(rs, "moved_at")))
			.list();
		return this.jdbc.sql("select * from settlement_statements where id = ?")
			.param(statementId)
			.query((rs, row) -> new Statement(rs.getLong("id"), rs.getLong("partner_id"),
					YearMonth.parse(rs.getString("period")), rs.getString("legal_name"),
					rs.getString("business_number"), rs.getLong("sides"), rs.getLong("paid_sides"),
					rs.getLong("house_sides"), rs.getLong("revenue"), rs.getLong("earnings"), rs.getLong("adjustments"),
					rs.getLong("total"), rs.getLong("carried_in"), rs.getLong("payable"), rs.getLong("carried_out"),
					rs.getLong("threshold"), PayoutStatus.valueOf(rs.getString("status")),
					rs.getString("status_reason"), instant(rs, "closed_at"), lines, moves))
			.optional()
			.orElseThrow(() -> new NoSuchStatement(statementId));
	}

	/** Makes a deduction or adjustment; it lands on the first month not closed. */
	public Adjustment adjust(long operatorId, NewAdjustment adjustment) {
		if (adjustment.kind() == LineKind.DEDUCTION && adjustment.amount() >= 0) {
			throw new InvalidSettlement("amount", "A deduction takes off: its amount is below 0.",
					"problem.settlement.deduction-negative");
		}
		if (adjustment.kind() == LineKind.ADJUSTMENT && adjustment.amount() == 0) {
			throw new InvalidSettlement("amount", "An adjustment of 0 won changes nothing.",
					"problem.settlement.adjustment-zero");
		}
		if (adjustment.kind() == LineKind.EARNINGS) {
			throw new InvalidSettlement("kind", "Only a DEDUCTION or an ADJUSTMENT is made by hand.",
					"problem.settlement.kind-by-hand");
		}
		String reason = adjustment.reason().strip();
		if (reason.isEmpty() || reason.length() > 500) {
			throw new InvalidSettlement("reason", "Say why, in 1 to 500 characters.",
					"problem.settlement.reason-length");
		}
		YearMonth now = YearMonth.now(this.clock.withZone(Periods.SEOUL));
		if (adjustment.forPeriod() != null && adjustment.forPeriod().isAfter(now)) {
			throw new InvalidSettlement("forPeriod", "A correction is of a month that has begun.",
					"problem.settlement.correction-future");
		}
		this.accounts.find(adjustment.partnerId())
			.filter((account) -> account.role() == Role.PARTNER)
			.orElseThrow(() -> new NoSuchPartnerThing(Thing.PARTNER, adjustment.partnerId()));
		YearMonth period = this.periods.firstOpen(now);
		// locked, so that the month cannot close between choosing it and writing to it
		while (this.periods.lockClosed(period)) {
			period = period.plusMonths(1);
		}
		Instant at = this.clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into settlement_adjustments (partner_id, period, kind, amount, reason, for_period,"
					+ " operator_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(adjustment.partnerId(), period.toString(), adjustment.kind().name(), adjustment.amount(), reason,
					(adjustment.forPeriod() != null) ? adjustment.forPeriod().toString() : null, operatorId,
					LocalDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return new Adjustment(key.getKey().longValue(), adjustment.partnerId(), period, adjustment.kind(),
				adjustment.amount(), reason, adjustment.forPeriod(), operatorId, at);
	}

	/** The deductions and adjustments not on a statement yet. */
	@Transactional(readOnly = true)
	public List<Adjustment> openAdjustments(long partnerId) {
		return this.jdbc
			.sql("select a.* from settlement_adjustments a join settlement_months m on m.period = a.period"
					+ " where a.partner_id = ? and m.closed_at is null order by a.id")
			.param(partnerId)
			.query((rs, row) -> new Adjustment(rs.getLong("id"), rs.getLong("partner_id"),
					YearMonth.parse(rs.getString("period")), LineKind.valueOf(rs.getString("kind")),
					rs.getLong("amount"), rs.getString("reason"),
					(rs.getString("for_period") != null) ? YearMonth.parse(rs.getString("for_period")) : null,
					rs.getLong("operator_id"), instant(rs, "created_at")))
			.list();
	}

	/** Moves a statement's payout (an operator's act), recorded with who and when. */
	public Statement move(long operatorId, long statementId, PayoutStatus to, @Nullable String reason) {
		Statement statement = byId(statementId);
		if (!statement.status().mayMoveTo(to, statement.business())) {
			throw new PayoutMoveRefused(statement.status(), to, statement.business());
		}
		String why = (reason != null) ? reason.strip() : "";
		if (to.needsReason() && why.isEmpty()) {
			throw new InvalidSettlement("reason", "Say why the payout is " + to + ".",
					"problem.settlement.payout-reason", SettlementExceptions.words(to));
		}
		if (why.length() > 500) {
			throw new InvalidSettlement("reason", "A reason has at most 500 characters.",
					"problem.settlement.reason-too-long");
		}
		LocalDateTime at = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int moved = this.jdbc
			.sql("update settlement_statements set status = ?, status_reason = ?, updated_at = ?,"
					+ " version = version + 1 where id = ? and status = ?")
			.params(to.name(), to.needsReason() ? why : null, at, statementId, statement.status().name())
			.update();
		if (moved != 1) {
			throw new PayoutMoveRefused(statement.status(), to);
		}
		this.jdbc
			.sql("insert into settlement_payout_moves (statement_id, from_status, to_status, reason, actor_id,"
					+ " moved_at) values (?, ?, ?, ?, ?, ?)")
			.params(statementId, statement.status().name(), to.name(), why.isEmpty() ? null : why, operatorId, at)
			.update();
		return byId(statementId);
	}

	private static StatementSummary summary(ResultSet rs, int row) throws SQLException {
		return new StatementSummary(rs.getLong("id"), rs.getLong("partner_id"), YearMonth.parse(rs.getString("period")),
				rs.getLong("total"), rs.getLong("payable"), rs.getLong("carried_out"),
				PayoutStatus.valueOf(rs.getString("status")), instant(rs, "closed_at"));
	}

	private static StatementLine line(ResultSet rs, int row) throws SQLException {
		return new StatementLine(rs.getInt("line_no"), LineKind.valueOf(rs.getString("kind")), nullable(rs, "site_id"),
				rs.getString("site_name"), nullable(rs, "printer_id"), rs.getString("printer_name"),
				nullable(rs, "terms_id"), (rs.getObject("share_bps") != null) ? rs.getInt("share_bps") : null,
				nullable(rs, "house_fee"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class), rs.getLong("sides"), rs.getLong("paid_sides"),
				rs.getLong("house_sides"), rs.getLong("revenue"), rs.getLong("amount"), rs.getString("reason"),
				nullable(rs, "operator_id"));
	}

	private static @Nullable Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
	}

}
