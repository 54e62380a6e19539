package com.adtopaper.ads.internal;

import java.util.List;

import com.adtopaper.ads.Audience;
import com.adtopaper.ads.Impressions;
import com.adtopaper.ads.PrintedPage;
import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.PrinterJobs;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the impressions of the sides a printer printed: each side that carried a
 * campaign's ad is one, charged at the price chosen with the ad and attributed to the
 * audience the job was rendered for, all taken from the event (no profile looked up). The
 * event is kept by the publication registry until this has run, and {@link Impressions}
 * counts each (job, side) once, so a redelivery after a crash counts nothing twice.
 */
@Component
class PrintedPagesRecorder {

	/**
	 * The listener's id in the event publication registry, as it was when printing
	 * listened itself ({@code printing.internal.PrintedPagesRecorder}): the registry
	 * delivers a pending event only to the listener of its id, so a new id would leave
	 * the events published before the move, and those published by nodes not yet upgraded
	 * during a rollout, undelivered for good.
	 */
	static final String ID = "com.adtopaper.printing.internal.PrintedPagesRecorder.on(com.adtopaper.printing.PagesPrinted)";

	private final Impressions impressions;

	private final PrinterJobs jobs;

	PrintedPagesRecorder(Impressions impressions, PrinterJobs jobs) {
		this.impressions = impressions;
		this.jobs = jobs;
	}

	@ApplicationModuleListener(id = ID)
	void on(PagesPrinted event) {
		// an event published before events carried their sides: the job kept them
		PagesPrinted printed = (event.paidSides() != null) ? event : this.jobs.withSides(event).orElse(null);
		if (printed == null) {
			return;
		}
		JobAudience audience = printed.audience();
		List<PaidSide> sides = printed.paidSides();
		if (audience == null || sides == null || sides.isEmpty()) {
			// sides carry a campaign only when the job had an audience to target
			return;
		}
		Audience printedFor = PrintingAdSource.audience(audience);
		List<PrintedPage> pages = sides.stream()
			.map((side) -> new PrintedPage(printed.jobId(), side.side(), side.campaignId(), side.creativeId(),
					side.price(), printedFor, printed.printerId(), printed.printedAt()))
			.toList();
		this.impressions.recordPrinted(pages);
	}

}
