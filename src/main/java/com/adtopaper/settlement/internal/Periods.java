package com.adtopaper.settlement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The months earnings are counted in, and their lock. A month's row in
 * {@code settlement_months} is written before anything is counted in it; the writers of
 * earnings and the close lock it ({@code select ... for update}), so that once a month
 * closed nothing more is counted in it: what arrives late counts in the first open month.
 * Months close oldest first, so the closed ones are always the earliest.
 */
@Component
public class Periods {

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final JdbcClient jdbc;

	Periods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static YearMonth of(Instant at) {
		return YearMonth.from(at.atZone(SEOUL));
	}

	public static YearMonth of(LocalDate day) {
		return YearMonth.from(day);
	}

	/**
	 * Locks a month's row (creating it), in the caller's transaction; whether it is
	 * closed.
	 */
	public boolean lockClosed(YearMonth period) {
		// not INSERT IGNORE: that takes a shared lock on an existing row, and two
		// transactions both holding it and both asking for the exclusive one deadlock
		this.jdbc.sql("insert into settlement_months (period) values (?) on duplicate key update period = period")
			.param(period.toString())
			.update();
		return this.jdbc.sql("select closed_at from settlement_months where period = ? for update")
			.param(period.toString())
			.query((rs, row) -> rs.getTimestamp(1) != null)
			.single();
	}

	/**
	 * The month a side printed in {@code printed} counts in, its row locked: that month,
	 * or if it has closed the first open month after it.
	 */
	public YearMonth lockCounting(YearMonth printed) {
		YearMonth period = printed;
		while (lockClosed(period)) {
			period = period.plusMonths(1);
		}
		return period;
	}

	/** The latest closed month. */
	public Optional<YearMonth> lastClosed() {
		String closed = this.jdbc.sql("select max(period) from settlement_months where closed_at is not null")
			.query((rs, row) -> rs.getString(1))
			.list()
			.getFirst();
		return Optional.ofNullable(closed).map(YearMonth::parse);
	}

	/**
	 * The first month not closed: after the latest closed one, or {@code now}'s if none
	 * closed.
	 */
	public YearMonth firstOpen(YearMonth now) {
		return lastClosed().map((closed) -> closed.plusMonths(1)).orElse(now);
	}

	public boolean closed(YearMonth period) {
		return lastClosed().filter((closed) -> !period.isAfter(closed)).isPresent();
	}

}
