package com.adtopaper.printing.internal;

import com.adtopaper.printing.PrintJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every half minute, on one node: jobs nobody released in time expire and give their
 * points back; claimed jobs whose printer went silent go back to it or fail. Each job is
 * its own transaction, so one that changed meanwhile does not hold up the rest.
 */
@Component
class PrintJobMaintenance {

	private static final Logger logger = LoggerFactory.getLogger(PrintJobMaintenance.class);

	private final PrintJobs jobs;

	PrintJobMaintenance(PrintJobs jobs) {
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${adtopaper.printing.jobs.maintenance-every:30s}")
	@SchedulerLock(name = "print-job-maintenance", lockAtMostFor = "PT5M")
	void run() {
		for (String id : this.jobs.expiredJobs()) {
			attempt(id, () -> this.jobs.expire(id));
		}
		for (String id : this.jobs.silentJobs()) {
			attempt(id, () -> this.jobs.reclaim(id));
		}
	}

	private static void attempt(String id, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Print job {} was not maintained this time: {}", id, ex.toString());
		}
	}

}
