package com.adtopaper.printing.internal;

import java.util.List;
import java.util.Optional;

import com.adtopaper.ads.Audience;
import com.adtopaper.ads.Impressions;
import com.adtopaper.ads.PrintedPage;
import com.adtopaper.printing.PagesPrinted;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Each printed side that carried a campaign's ad becomes one impression, charged at the
 * price chosen with the ad. The event is kept by the publication registry until this has
 * run, and the advertising module counts each (job, side) once, so a redelivery after a
 * crash counts nothing twice.
 */
@Component
class PrintedPagesRecorder {

	private final JdbcTemplate jdbc;

	private final PageAds ads;

	private final Impressions impressions;

	PrintedPagesRecorder(JdbcTemplate jdbc, PageAds ads, Impressions impressions) {
		this.jdbc = jdbc;
		this.ads = ads;
		this.impressions = impressions;
	}

	@ApplicationModuleListener
	void on(PagesPrinted printed) {
		// sides carry a campaign only when the job had an audience to target
		Optional<Audience> known = this.ads.audience(printed.memberId());
		if (known.isEmpty()) {
			return;
		}
		Audience audience = known.get();
		List<PrintedPage> pages = this.jdbc.query("""
				SELECT page, campaign_id, creative_id, price FROM print_job_pages
				WHERE job_id = ? AND page BETWEEN ? AND ? AND campaign_id IS NOT NULL ORDER BY page""",
				(row, n) -> new PrintedPage(printed.jobId(), row.getInt(1), row.getLong(2), row.getLong(3),
						row.getLong(4), audience, printed.printerId(), printed.printedAt()),
				printed.jobId(), printed.fromSide(), printed.toSide());
		if (!pages.isEmpty()) {
			this.impressions.recordPrinted(pages);
		}
	}

}
