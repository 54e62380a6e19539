package com.adtopaper.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.adtopaper.printing.Printers;
import com.adtopaper.printing.PrintingExceptions.NoSuchPrinter;
import com.adtopaper.settlement.SettlementExceptions.InvalidSettlement;
import com.adtopaper.settlement.SettlementExceptions.MonthClosed;
import com.adtopaper.settlement.internal.Periods;
import com.adtopaper.settlement.internal.TermsBook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' terms, set by operators per site or printer from a day on. A change never
 * reaches into a closed month; without terms of its own or its site's a printer earns
 * under the default terms ({@code adtopaper.settlement.default-share-bps},
 * {@code default-house-fee}).
 */
@Service
@Transactional
public class PartnerTerms {

	private final JdbcClient jdbc;

	private final Printers printers;

	private final Periods periods;

	private final Clock clock;

	PartnerTerms(JdbcClient jdbc, Printers printers, Periods periods, Clock clock) {
		this.jdbc = jdbc;
		this.printers = printers;
		this.periods = periods;
		this.clock = clock;
	}

	/** Sets terms (an operator's act). */
	public Terms set(long operatorId, NewTerms terms) {
		if (terms.shareBps() < 0 || terms.shareBps() > 10_000) {
			throw new InvalidSettlement("shareBps",
					"The share is in basis points, from 0 (nothing) to 10000 (100%): " + terms.shareBps() + ".",
					"problem.settlement.share", Integer.toString(terms.shareBps()));
		}
		if (terms.houseFee() < 0) {
			throw new InvalidSettlement("houseFee", "The fee per house-ad side is 0 won or more.",
					"problem.settlement.house-fee");
		}
		long partner = this.printers.partnerOfSite(terms.siteId());
		if (terms.printerId() != null && this.printers.get(terms.printerId()).siteId() != terms.siteId()) {
			throw NoSuchPrinter.atSite(terms.printerId(), terms.siteId());
		}
		if (this.periods.closed(Periods.of(terms.effectiveFrom()))) {
			throw new MonthClosed("effectiveFrom", Periods.of(terms.effectiveFrom()));
		}
		// the month's row locked, so that it cannot close while these terms are being set
		if (this.periods.lockClosed(Periods.of(terms.effectiveFrom()))) {
			throw new MonthClosed("effectiveFrom", Periods.of(terms.effectiveFrom()));
		}
		Instant now = this.clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into settlement_terms (partner_id, site_id, printer_id, share_bps, house_fee, effective_from,"
					+ " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(partner, terms.siteId(), terms.printerId(), terms.shareBps(), terms.houseFee(),
					terms.effectiveFrom(), operatorId, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(key, "id");
		return new Terms(key.getKey().longValue(), partner, terms.siteId(), terms.printerId(), terms.shareBps(),
				terms.houseFee(), terms.effectiveFrom(), operatorId, now);
	}

	/** Every terms of the partner's sites and printers, oldest first. */
	@Transactional(readOnly = true)
	public List<Terms> ofPartner(long partnerId) {
		return this.jdbc.sql("select * from settlement_terms where partner_id = ? order by effective_from, id")
			.param(partnerId)
			.query((rs, row) -> TermsBook.row(rs))
			.list();
	}

}
