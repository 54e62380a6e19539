package com.adtopaper.settlement.internal;

import java.util.List;
import java.util.Map;

import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.Printers;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts the sides a printer printed as its site's earnings, from the event that records
 * their impressions: the publication registry keeps the event until this has run, and
 * {@link EarningsWriter} counts each event once, so a redelivery after a crash earns
 * nothing twice. Sides that failed or never printed are in no event, so earn nothing.
 */
@Component
class PrintedPagesEarnings {

	/**
	 * Its id in the event publication registry: never change it (pending events name it).
	 */
	static final String ID = "settlement.PrintedPagesEarnings";

	private final EarningsWriter writer;

	private final Printers printers;

	private final PrinterJobs jobs;

	PrintedPagesEarnings(EarningsWriter writer, Printers printers, PrinterJobs jobs) {
		this.writer = writer;
		this.printers = printers;
		this.jobs = jobs;
	}

	@ApplicationModuleListener(id = ID)
	void on(PagesPrinted event) {
		// an event published before events carried their sides: the job kept them
		PagesPrinted printed = (event.paidSides() != null) ? event : this.jobs.withSides(event).orElse(null);
		if (printed == null) {
			return;
		}
		Printer printer = this.printers.get(printed.printerId());
		this.writer.write(List.of(printed),
				Map.of(printer.id(), new EarningsWriter.Place(printer.partnerId(), printer.siteId())));
	}

}
