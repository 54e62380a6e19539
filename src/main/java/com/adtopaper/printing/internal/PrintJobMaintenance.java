package com.adtopaper.printing.internal;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every half minute, on one node: jobs nobody released in time expire and give their
 * points back; claimed jobs whose printer went silent go back to it or fail. Each job is
 * its own transaction, so one that changed meanwhile does not hold up the rest.
 */
@Component
class PrintJobMaintenance {

	private static final Logger logger = LoggerFactory.getLogger(PrintJobMaintenance.class);

	private final PrintJobRepository jobs;

	private final JobSettlement settlement;

	private final PrintJobSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PrintJobMaintenance(PrintJobRepository jobs, JobSettlement settlement, PrintJobSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.settlement = settlement;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${adtopaper.printing.jobs.maintenance-every:30s}")
	@SchedulerLock(name = "print-job-maintenance", lockAtMostFor = "PT5M")
	void run() {
		List<String> expired = this.jobs.expired(this.clock.instant(), PageRequest.of(0, 500));
		for (String id : expired) {
			attempt(id, () -> expire(id));
		}
		List<String> silent = this.jobs.silentSince(this.clock.instant().minus(this.settings.silentAfter()),
				PageRequest.of(0, 500));
		for (String id : silent) {
			attempt(id, () -> reclaim(id));
		}
	}

	/** Expires one unreleased job past its time; false if it is not due (any more). */
	boolean expire(String jobId) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			PrintJobEntity job = this.jobs.findById(jobId).orElse(null);
			if (job == null || !job.expire(this.clock.instant())) {
				return false;
			}
			this.settlement.settle(job);
			return true;
		}));
	}

	/** Gives one claimed job whose printer went silent back to it, or fails it. */
	void reclaim(String jobId) {
		this.transactions.executeWithoutResult((status) -> {
			PrintJobEntity job = this.jobs.findById(jobId).orElse(null);
			if (job == null) {
				return;
			}
			if (job.silent(this.settings.maxReclaims(), this.clock.instant())) {
				this.settlement.released(job);
			}
			else {
				this.settlement.settle(job);
			}
		});
	}

	private void attempt(String id, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Print job {} was not maintained this time: {}", id, ex.toString());
		}
	}

}
