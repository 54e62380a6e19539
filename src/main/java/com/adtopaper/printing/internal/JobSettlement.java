package com.adtopaper.printing.internal;

import java.time.Clock;

import com.adtopaper.points.Points;
import com.adtopaper.printing.JobFinished;
import com.adtopaper.printing.JobReleased;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrintingExceptions.DuplexUnsupported;
import com.adtopaper.printing.PrintingExceptions.PrinterUnavailable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows a job's state change, whoever changed it (its member, its printer, the
 * maintenance): a release wakes the printer, printed sides become impressions, and an
 * ended job charges what printed and gives the rest back. Call inside the transaction of
 * the change, so that the events and the points commit with it.
 */
@Component
public class JobSettlement {

	private final Points points;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PrintingMetrics metrics;

	JobSettlement(Points points, ApplicationEventPublisher events, Clock clock, PrintingMetrics metrics) {
		this.metrics = metrics;
		this.points = points;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Releases the job to the printer, if it can print now. A duplex job for a printer
	 * that prints one side only is printed one-sided if {@code oneSidedAccepted}, else
	 * refused with the price of the one-sided print.
	 */
	public void release(PrintJobEntity job, Printer printer, boolean oneSidedAccepted) {
		if (!printer.status().canPrint()) {
			throw new PrinterUnavailable(printer.code());
		}
		if (job.duplex() && printer.simplexOnly()) {
			if (!oneSidedAccepted) {
				throw new DuplexUnsupported(printer.code(), job.sides(), job.oneSidedPoints());
			}
			job.printOneSided();
		}
		job.release(printer.id(), this.clock.instant());
		released(job);
	}

	/** The job waits for its printer (again): wake its polls. */
	void released(PrintJobEntity job) {
		Long printerId = job.printerId();
		if (printerId != null) {
			this.events.publishEvent(new JobReleased(job.id(), printerId));
		}
	}

	/** Publishes the sides the printer's report newly printed, if any. */
	public void printed(PrintJobEntity job, long printerId, int before) {
		PagesPrinted printed = job.printedSince(before, printerId, this.clock.instant());
		if (printed != null) {
			this.events.publishEvent(printed);
			this.metrics.printed(printed.toSide() - printed.fromSide() + 1);
		}
	}

	/** Charges what printed and gives the rest back. */
	public void settle(PrintJobEntity job) {
		long charged = job.pointsCharged();
		if (charged > 0) {
			this.points.charge(job.holdKey(), charged, job.holdKey() + ":charge",
					"Printed " + job.pagesPrinted() + " pages");
		}
		int unprinted = job.sides() - job.pagesPrinted();
		this.points.release(job.holdKey(), job.holdKey() + ":release",
				unprinted + " pages not printed (" + job.status().name().toLowerCase() + ")");
		this.events.publishEvent(new JobFinished(job.id(), job.memberId(), job.status(), job.pagesPrinted(), charged,
				job.points() - charged, job.failureReason()));
		this.metrics.finished(job.status(), job.failureReason());
	}

}
