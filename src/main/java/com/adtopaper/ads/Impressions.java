package com.adtopaper.ads;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.adtopaper.ads.internal.AdsMetrics;
import com.adtopaper.ads.internal.ImpressionWriter;
import com.adtopaper.ads.selection.Reservations;
import com.adtopaper.ads.selection.Reservations.Printed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Impressions: every printed page with an ad, recorded exactly once per (job, page) and
 * charged to its campaign, with the campaign's delivery per day, each member's pages per
 * day (frequency caps) and the hourly report by audience and printer updated in the same
 * transaction, as pages print. Called for the sides printers report, from printing's
 * {@code PagesPrinted} that carries them ({@code internal.PrintedPagesRecorder}); the
 * decision before is {@link AdSelection}'s.
 */
@Service
public class Impressions {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final int ATTEMPTS = 5;

	private final ImpressionWriter writer;

	private final Reservations reservations;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AdsMetrics metrics;

	Impressions(ImpressionWriter writer, Reservations reservations, TransactionTemplate transactions,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock, AdsMetrics metrics) {
		this.metrics = metrics;
		this.writer = writer;
		this.reservations = reservations;
		this.transactions = transactions;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records printed pages; pages recorded before (a retried delivery, an overlapping
	 * batch from another node) are ignored.
	 * @param pages the pages
	 * @return how many pages were new
	 */
	public int recordPrinted(List<PrintedPage> pages) {
		boolean own = !TransactionSynchronizationManager.isActualTransactionActive();
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> record(pages));
			}
			catch (PessimisticLockingFailureException ex) {
				// two batches racing for the same counters: MariaDB picked this one as
				// the
				// deadlock's loser and rolled it back whole; it may simply run again
				if (!own || attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private int record(List<PrintedPage> pages) {
		List<PrintedPage> fresh = this.writer.write(pages);
		if (fresh.isEmpty()) {
			return 0;
		}
		List<Printed> printed = fresh.stream()
			.map((p) -> new Printed(p.jobId(), p.page(), p.campaignId(), p.audience().memberId(),
					LocalDate.ofInstant(p.printedAt(), SEOUL), p.price()))
			.toList();
		// the shared counters learn of the pages once they are committed, never before
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Impressions.this.reservations.printed(printed);
				Impressions.this.metrics.recorded(printed.size(), printed.stream().mapToLong(Printed::price).sum());
			}
		});
		this.events.publishEvent(
				new ImpressionsRecorded(fresh.stream().map(PrintedPage::campaignId).distinct().sorted().toList()));
		return fresh.size();
	}

	/** What a campaign has delivered today (Seoul) and in all, as recorded. */
	public CampaignDelivery delivery(long campaignId) {
		LocalDate today = LocalDate.now(this.clock.withZone(SEOUL));
		return this.jdbc.queryForObject("""
				select coalesce(sum(case when on_day = ? then pages else 0 end), 0),
				       coalesce(sum(case when on_day = ? then spend else 0 end), 0),
				       coalesce(sum(pages), 0), coalesce(sum(spend), 0)
				from campaign_delivery where campaign_id = ?""", (row, n) -> new CampaignDelivery(campaignId,
				row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)), today, today, campaignId);
	}

}
