package com.adtopaper.printing.internal;

import java.util.List;

import com.adtopaper.ads.Audience;
import com.adtopaper.ads.Impressions;
import com.adtopaper.ads.PrintedPage;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands the advertising module the impressions of the sides that printed: each side that
 * carried a campaign's ad is one, charged at the price chosen with the ad and attributed
 * to the audience the job was rendered for, all taken from the event (nothing is read
 * back, no profile looked up). The event is kept by the publication registry until this
 * has run, and the advertising module counts each (job, side) once, so a redelivery after
 * a crash counts nothing twice. It listens here, not in {@code ads}: printing asks the
 * advertising module for its ads, so {@code ads} listening to printing's events would
 * make the modules a cycle.
 */
@Component
class PrintedPagesRecorder {

	private final Impressions impressions;

	private final PrintJobRepository jobs;

	PrintedPagesRecorder(Impressions impressions, PrintJobRepository jobs) {
		this.impressions = impressions;
		this.jobs = jobs;
	}

	@ApplicationModuleListener
	void on(PagesPrinted printed) {
		Audience audience = printed.audience();
		List<PaidSide> sides = printed.paidSides();
		if (sides == null) {
			// published before the event carried its sides: the job kept them (and, since
			// the migration, the audience it was rendered for)
			PrintJobEntity job = this.jobs.findById(printed.jobId()).orElse(null);
			if (job == null) {
				return;
			}
			audience = job.audience();
			sides = job.paidSides(printed.fromSide(), printed.toSide());
		}
		if (audience == null || sides.isEmpty()) {
			// sides carry a campaign only when the job had an audience to target
			return;
		}
		Audience printedFor = audience;
		List<PrintedPage> pages = sides.stream()
			.map((side) -> new PrintedPage(printed.jobId(), side.side(), side.campaignId(), side.creativeId(),
					side.price(), printedFor, printed.printerId(), printed.printedAt()))
			.toList();
		this.impressions.recordPrinted(pages);
	}

}
