package com.adtopaper.web;

import java.util.Locale;

import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.PrintJob;
import org.jspecify.annotations.Nullable;

/**
 * A job's state as the print page shows it live: where it is (held, released and its
 * place in the printer's queue, printing side n of m, printed), what its points do (held;
 * charged and returned once it ends) and, if it failed, why.
 *
 * @param job the job
 * @param position its place in the printer's queue, from 1; 0 if not queued
 * @param charged points charged for what printed, once the job ended
 * @param returned points given back for what did not print, once the job ended
 * @param reasonKey the message key of why it failed, in the page's language
 */
record JobState(PrintJob job, int position, long charged, long returned, @Nullable String reasonKey) {

	static JobState of(PrintJob job, int position, Locale locale) {
		long charged = job.status().finished() ? job.pointsCharged() : 0;
		FailureReason reason = job.failureReason();
		return new JobState(job, position, charged, job.status().finished() ? job.points() - charged : 0,
				(reason != null) ? reason.messageKey(locale) : null);
	}

	/** Whether the page should keep asking: the job has not ended. */
	public boolean live() {
		return !this.job.status().finished();
	}

}
