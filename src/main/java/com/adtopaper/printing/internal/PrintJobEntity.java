package com.adtopaper.printing.internal;

import java.time.Instant;
import java.util.EnumSet;

import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintingExceptions.InvalidReport;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A print job. Its state changes are its own methods, each checking the state it starts
 * from; a printer's claim is a conditional update instead (see
 * {@link PrintJobRepository#claim}), so that of many printers asking at once exactly one
 * wins.
 */
@Entity
@Table(name = "print_jobs")
public class PrintJobEntity {

	@Id
	private String id;

	private long memberId;

	private long documentId;

	@Enumerated(EnumType.STRING)
	private JobStatus status;

	private int copies;

	private boolean duplex;

	private int firstPage;

	private int lastPage;

	private int sides;

	private long points;

	private String releaseCode;

	private @Nullable Long printerId;

	private int pagesPrinted;

	private int reclaims;

	private @Nullable String renderedKey;

	private @Nullable String failure;

	private Instant expiresAt;

	private @Nullable Instant releasedAt;

	private @Nullable Instant claimedAt;

	private @Nullable Instant lastReportAt;

	private @Nullable Instant finishedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected PrintJobEntity() {
	}

	public PrintJobEntity(String id, long memberId, long documentId, int copies, boolean duplex, int firstPage,
			int lastPage, long pointsPerSide, String releaseCode, Instant expiresAt, Instant now) {
		this.id = id;
		this.memberId = memberId;
		this.documentId = documentId;
		this.status = JobStatus.HELD;
		this.copies = copies;
		this.duplex = duplex;
		this.firstPage = firstPage;
		this.lastPage = lastPage;
		this.sides = (lastPage - firstPage + 1) * copies;
		this.points = this.sides * pointsPerSide;
		this.releaseCode = releaseCode;
		this.expiresAt = expiresAt;
		this.createdAt = now;
	}

	public void release(long printerId, Instant now) {
		require("released", JobStatus.HELD, JobStatus.RELEASED);
		this.status = JobStatus.RELEASED;
		this.printerId = printerId;
		this.releasedAt = now;
	}

	public void cancel(Instant now) {
		require("cancelled", JobStatus.HELD, JobStatus.RELEASED, JobStatus.CLAIMED);
		finish(JobStatus.CANCELLED, null, now);
	}

	public boolean expire(Instant now) {
		if ((this.status != JobStatus.HELD && this.status != JobStatus.RELEASED) || now.isBefore(this.expiresAt)) {
			return false;
		}
		finish(JobStatus.EXPIRED, null, now);
		return true;
	}

	/**
	 * A printer reports {@code printed} sides done in all; the count only grows.
	 * @return the sides newly printed
	 */
	public int progress(int printed, Instant now) {
		require("reported on", JobStatus.CLAIMED, JobStatus.PRINTING);
		checkCount(printed);
		if (printed == this.pagesPrinted && this.status == JobStatus.PRINTING) {
			throw new InvalidReport("Side " + printed + " of job " + this.id + " was reported already.");
		}
		int added = printed - this.pagesPrinted;
		this.pagesPrinted = printed;
		this.status = JobStatus.PRINTING;
		this.lastReportAt = now;
		return added;
	}

	/** The printer is done: {@code printed} sides printed in all. */
	public int complete(int printed, Instant now) {
		require("completed", JobStatus.CLAIMED, JobStatus.PRINTING);
		checkCount(printed);
		int added = printed - this.pagesPrinted;
		this.pagesPrinted = printed;
		finish(JobStatus.COMPLETED,
				(printed < this.sides) ? "The printer printed " + printed + " of " + this.sides + " pages." : null,
				now);
		return added;
	}

	/** The printer gave up after {@code printed} sides. */
	public int fail(int printed, String reason, Instant now) {
		require("failed", JobStatus.CLAIMED, JobStatus.PRINTING);
		checkCount(printed);
		int added = printed - this.pagesPrinted;
		this.pagesPrinted = printed;
		finish(JobStatus.FAILED, reason, now);
		return added;
	}

	/**
	 * A claimed job its printer went silent on: back to waiting for the printer if
	 * nothing printed and it has not come back too often, else failed.
	 * @return whether it went back
	 */
	public boolean silent(int maxReclaims, Instant now) {
		require("given up", JobStatus.CLAIMED, JobStatus.PRINTING);
		if (this.pagesPrinted == 0 && this.reclaims < maxReclaims) {
			this.reclaims++;
			this.status = JobStatus.RELEASED;
			this.claimedAt = null;
			return true;
		}
		finish(JobStatus.FAILED, "The printer stopped answering.", now);
		return false;
	}

	public void rendered(String key) {
		this.renderedKey = key;
	}

	private void checkCount(int printed) {
		if (printed < this.pagesPrinted) {
			throw new InvalidReport("Job " + this.id + " has " + this.pagesPrinted
					+ " pages printed already; a report of " + printed + " comes out of order.");
		}
		if (printed > this.sides) {
			throw new InvalidReport("Job " + this.id + " has only " + this.sides + " pages.");
		}
	}

	private void finish(JobStatus status, @Nullable String failure, Instant now) {
		this.status = status;
		this.failure = failure;
		this.finishedAt = now;
	}

	private void require(String action, JobStatus... allowed) {
		if (!EnumSet.of(allowed[0], allowed).contains(this.status)) {
			throw new JobStateConflict(this.status, action);
		}
	}

	public long pointsCharged() {
		return (long) this.pagesPrinted * (this.points / this.sides);
	}

	public String holdKey() {
		return "print-job:" + this.id;
	}

	public String id() {
		return this.id;
	}

	public long memberId() {
		return this.memberId;
	}

	public long documentId() {
		return this.documentId;
	}

	public JobStatus status() {
		return this.status;
	}

	public @Nullable Long printerId() {
		return this.printerId;
	}

	public int pagesPrinted() {
		return this.pagesPrinted;
	}

	public int sides() {
		return this.sides;
	}

	public int firstPage() {
		return this.firstPage;
	}

	public int lastPage() {
		return this.lastPage;
	}

	public int copies() {
		return this.copies;
	}

	public long points() {
		return this.points;
	}

	public @Nullable String renderedKey() {
		return this.renderedKey;
	}

	public PrintJob toJob() {
		return new PrintJob(this.id, this.memberId, this.documentId, this.status, this.copies, this.duplex,
				this.firstPage, this.lastPage, this.sides, this.points, this.releaseCode, this.printerId,
				this.pagesPrinted, this.failure, this.expiresAt, this.createdAt, this.finishedAt);
	}

}
