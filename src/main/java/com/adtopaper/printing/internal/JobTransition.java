package com.adtopaper.printing.internal;

import java.util.EnumSet;
import java.util.Set;

import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;

/**
 * The print job's state machine: each way a job moves, the states it may move from and
 * the state it moves to. A rule of its own, free of persistence, so that every allowed
 * and refused move is tested without a database ({@code JobTransitionTests}).
 */
enum JobTransition {

	/** The member releases a held job to a printer (or releases it to another one). */
	RELEASE("released", JobStatus.RELEASED, JobStatus.HELD, JobStatus.RELEASED),

	/** The printer takes a job released to it (a conditional update: one claim wins). */
	CLAIM("claimed", JobStatus.CLAIMED, JobStatus.RELEASED),

	/** The printer reports sides printed. */
	REPORT("reported on", JobStatus.PRINTING, JobStatus.CLAIMED, JobStatus.PRINTING),

	/** The printer is done. */
	COMPLETE("completed", JobStatus.COMPLETED, JobStatus.CLAIMED, JobStatus.PRINTING),

	/** The printer gave up. */
	FAIL("failed", JobStatus.FAILED, JobStatus.CLAIMED, JobStatus.PRINTING),

	/** The member cancels a job that has not started printing. */
	CANCEL("cancelled", JobStatus.CANCELLED, JobStatus.HELD, JobStatus.RELEASED, JobStatus.CLAIMED),

	/** Nobody released the job in time (or its printer never claimed it). */
	EXPIRE("expired", JobStatus.EXPIRED, JobStatus.HELD, JobStatus.RELEASED),

	/** Its printer went silent before printing anything: back to waiting for it. */
	RECLAIM("given back", JobStatus.RELEASED, JobStatus.CLAIMED, JobStatus.PRINTING),

	/** Its printer went silent after printing something, or too often: failed. */
	GIVE_UP("given up", JobStatus.FAILED, JobStatus.CLAIMED, JobStatus.PRINTING);

	private final String action;

	private final JobStatus to;

	private final Set<JobStatus> from;

	JobTransition(String action, JobStatus to, JobStatus first, JobStatus... rest) {
		this.action = action;
		this.to = to;
		this.from = EnumSet.of(first, rest);
	}

	boolean allowedFrom(JobStatus status) {
		return this.from.contains(status);
	}

	/**
	 * The state a job in {@code status} moves to.
	 * @throws JobStateConflict if it may not move this way from there
	 */
	JobStatus from(JobStatus status) {
		if (!allowedFrom(status)) {
			throw new JobStateConflict(status, this.action);
		}
		return this.to;
	}

	JobStatus to() {
		return this.to;
	}

}
