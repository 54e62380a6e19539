package com.adtopaper.settlement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.adtopaper.settlement.Terms;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which terms apply to a printer on a day: the latest of its own with
 * {@code effective_from} on or before the day, else the latest of its site's, else the
 * default terms (id 0, from the settings). Loaded once for a set of sites, then asked day
 * by day in memory.
 */
@Component
public class TermsBook {

	private final JdbcClient jdbc;

	private final SettlementSettings settings;

	TermsBook(JdbcClient jdbc, SettlementSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The terms of these sites and their printers. */
	public Book of(Collection<Long> siteIds) {
		List<Terms> terms = siteIds.isEmpty() ? List.of()
				: this.jdbc.sql("select * from settlement_terms where site_id in (:sites)")
					.param("sites", siteIds)
					.query(TermsBook::terms)
					.list();
		return new Book(terms, new Terms(0, 0, 0, null, this.settings.defaultShareBps(),
				this.settings.defaultHouseFee(), LocalDate.MIN, 0, java.time.Instant.EPOCH));
	}

	/** Every terms of every site (the month's close). */
	public Book all() {
		return new Book(this.jdbc.sql("select * from settlement_terms").query(TermsBook::terms).list(),
				new Terms(0, 0, 0, null, this.settings.defaultShareBps(), this.settings.defaultHouseFee(),
						LocalDate.MIN, 0, java.time.Instant.EPOCH));
	}

	static Terms terms(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return row(rs);
	}

	/** A row of {@code settlement_terms}. */
	public static Terms row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long printer = rs.getLong("printer_id");
		Long printerId = rs.wasNull() ? null : printer;
		return new Terms(rs.getLong("id"), rs.getLong("partner_id"), rs.getLong("site_id"), printerId,
				rs.getInt("share_bps"), rs.getLong("house_fee"), rs.getObject("effective_from", LocalDate.class),
				rs.getLong("created_by"),
				rs.getObject("created_at", java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC));
	}

	/** Terms in memory, asked by printer and day. */
	public static final class Book {

		private static final Comparator<Terms> NEWEST_FIRST = Comparator.comparing(Terms::effectiveFrom)
			.thenComparingLong(Terms::id)
			.reversed();

		private final Map<Long, List<Terms>> byPrinter = new HashMap<>();

		private final Map<Long, List<Terms>> bySite = new HashMap<>();

		private final Terms defaults;

		Book(List<Terms> terms, Terms defaults) {
			for (Terms t : terms) {
				if (t.printerId() != null) {
					this.byPrinter.computeIfAbsent(t.printerId(), (k) -> new ArrayList<>()).add(t);
				}
				else {
					this.bySite.computeIfAbsent(t.siteId(), (k) -> new ArrayList<>()).add(t);
				}
			}
			this.byPrinter.values().forEach((list) -> list.sort(NEWEST_FIRST));
			this.bySite.values().forEach((list) -> list.sort(NEWEST_FIRST));
			this.defaults = defaults;
		}

		/**
		 * The terms of printer {@code printerId} at site {@code siteId} on {@code day}.
		 */
		public Terms on(long siteId, long printerId, LocalDate day) {
			Terms own = latest(this.byPrinter.get(printerId), day);
			if (own != null) {
				return own;
			}
			Terms site = latest(this.bySite.get(siteId), day);
			return (site != null) ? site : this.defaults;
		}

		private static @Nullable Terms latest(@Nullable List<Terms> terms, LocalDate day) {
			if (terms != null) {
				for (Terms t : terms) {
					if (!t.effectiveFrom().isAfter(day)) {
						return t;
					}
				}
			}
			return null;
		}

	}

}
