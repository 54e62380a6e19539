package com.adtopaper.printing.internal;

import java.time.Instant;
import java.util.List;

import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A print job, with its pages once it is rendered: the ad of every side and the member's
 * audience at that moment, which the impressions of its printed sides are attributed to.
 * Its state changes are its own methods, each checking the state it starts from against
 * {@link JobTransition}; a printer's claim is a conditional update instead (see
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

	@Embedded
	private JobSides sides;

	private long points;

	/**
	 * Hand-in-safe: its first side is a cover sheet with its ad, its pages carry none.
	 */
	private boolean coverSheet;

	/** What its cover side costs; 0 without one. */
	private long coverPoints;

	private String releaseCode;

	private @Nullable Long printerId;

	private int reclaims;

	private @Nullable String renderedKey;

	private @Nullable String failure;

	@Enumerated(EnumType.STRING)
	private @Nullable FailureReason failureReason;

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
		this(id, memberId, documentId, copies, duplex, firstPage, lastPage, pointsPerSide, null, releaseCode, expiresAt,
				now);
	}

	/**
	 * A job held for its member.
	 * @param pointsPerSide what a side with an ad costs
	 * @param pointsPerPlainSide for a hand-in-safe job, what each of its sides without an
	 * ad costs (its cover side, which carries the ad, costs {@code pointsPerSide}); null
	 * for an ordinary job, an ad on every side
	 */
	public PrintJobEntity(String id, long memberId, long documentId, int copies, boolean duplex, int firstPage,
			int lastPage, long pointsPerSide, @Nullable Long pointsPerPlainSide, String releaseCode, Instant expiresAt,
			Instant now) {
		this.id = id;
		this.memberId = memberId;
		this.documentId = documentId;
		this.status = JobStatus.HELD;
		this.copies = copies;
		this.duplex = duplex;
		this.firstPage = firstPage;
		this.lastPage = lastPage;
		int pages = (lastPage - firstPage + 1) * copies;
		this.coverSheet = pointsPerPlainSide != null;
		if (pointsPerPlainSide != null) {
			this.sides = new JobSides(pages + 1);
			this.coverPoints = pointsPerSide;
			this.points = pointsPerSide + pages * pointsPerPlainSide;
		}
		else {
			this.sides = new JobSides(pages);
			this.points = pages * pointsPerSide;
		}
		this.releaseCode = releaseCode;
		this.expiresAt = expiresAt;
		this.createdAt = now;
	}

	public void release(long printerId, Instant now) {
		this.status = JobTransition.RELEASE.from(this.status);
		this.printerId = printerId;
		this.releasedAt = now;
	}

	/**
	 * What the job costs printed one-sided: as now, since a side costs the same on either
	 * kind of sheet and the blank backs of a duplex job cost nothing.
	 */
	public long oneSidedPoints() {
		return this.points;
	}

	/**
	 * The job prints one side per sheet (its printer prints no other way), for
	 * {@link #oneSidedPoints()}; still held, so its sheets are not yet rendered.
	 */
	public void printOneSided() {
		JobTransition.RELEASE.from(this.status);
		if (this.renderedKey != null) {
			// a job given back by a silent printer keeps its sheets as rendered
			throw new JobStateConflict(this.status, "printed one-sided once prepared for two-sided printing");
		}
		this.duplex = false;
		this.points = oneSidedPoints();
	}

	/**
	 * Whether a blank side follows every copy but the last, so that each copy starts on a
	 * sheet of its own: duplex copies of an odd number of pages.
	 */
	public boolean blankBacks() {
		return this.duplex && this.copies > 1 && (this.lastPage - this.firstPage + 1) % 2 == 1;
	}

	/** What its PDF holds, page by page (see {@link PrintJob#sheets()}). */
	public List<Integer> sheets() {
		return PrintJob.sheets(this.copies, this.duplex, this.firstPage, this.lastPage, this.coverSheet);
	}

	public boolean coverSheet() {
		return this.coverSheet;
	}

	public boolean duplex() {
		return this.duplex;
	}

	public void cancel(Instant now) {
		finish(JobTransition.CANCEL.from(this.status), null, null, now);
	}

	public boolean expire(Instant now) {
		if (!JobTransition.EXPIRE.allowedFrom(this.status) || now.isBefore(this.expiresAt)) {
			return false;
		}
		finish(JobTransition.EXPIRE.to(), null, null, now);
		return true;
	}

	/**
	 * A printer reports {@code printed} sides done in all; the count only grows.
	 * @return the sides newly printed
	 */
	public int progress(int printed, Instant now) {
		JobStatus next = JobTransition.REPORT.from(this.status);
		int added = this.sides.report(this.id, printed, this.status == JobStatus.PRINTING);
		this.status = next;
		this.lastReportAt = now;
		return added;
	}

	/** The printer is done: {@code printed} sides printed in all. */
	public int complete(int printed, Instant now) {
		JobStatus next = JobTransition.COMPLETE.from(this.status);
		int added = this.sides.report(this.id, printed, false);
		finish(next, (printed < sides()) ? "The printer printed " + printed + " of " + sides() + " pages." : null, null,
				now);
		return added;
	}

	/**
	 * The printer gave up after {@code printed} sides, for {@code reason}; {@code detail}
	 * is what it said, kept for partners and operators.
	 */
	public int fail(int printed, FailureReason reason, String detail, Instant now) {
		JobStatus next = JobTransition.FAIL.from(this.status);
		int added = this.sides.report(this.id, printed, false);
		finish(next, detail, reason, now);
		return added;
	}

	/**
	 * A claimed job its printer went silent on: back to waiting for the printer if
	 * nothing printed and it has not come back too often, else failed.
	 * @return whether it went back
	 */
	public boolean silent(int maxReclaims, Instant now) {
		if (this.sides.printed() == 0 && this.reclaims < maxReclaims) {
			this.status = JobTransition.RECLAIM.from(this.status);
			this.reclaims++;
			this.claimedAt = null;
			return true;
		}
		finish(JobTransition.GIVE_UP.from(this.status), "The printer stopped answering.", FailureReason.OFFLINE, now);
		return false;
	}

	/**
	 * The job is rendered: its PDF is kept under {@code key}, its sides carry these ads,
	 * chosen for this audience.
	 */
	void rendered(String key, @Nullable JobAudience audience, List<PageAd> ads) {
		this.sides.rendered(this.id, audience, ads);
		this.renderedKey = key;
	}

	/** The member as targeting saw them when the job was rendered, if it was. */
	public @Nullable JobAudience audience() {
		return this.sides.audience(this.memberId);
	}

	/**
	 * What the printer's reports since {@code before} sides printed: the event that
	 * carries the newly printed sides with their ads, or none if no side is new.
	 */
	public @Nullable PagesPrinted printedSince(int before, long printerId, Instant now) {
		return this.sides.printedSince(this.id, this.memberId, before, printerId, now);
	}

	/**
	 * An event published before events carried the audience and the paid sides (by a
	 * version still in the publication registry), completed from what this job kept.
	 */
	public PagesPrinted withSides(PagesPrinted printed) {
		return this.sides.withSides(printed, this.memberId);
	}

	private void finish(JobStatus status, @Nullable String failure, @Nullable FailureReason reason, Instant now) {
		this.status = status;
		this.failure = failure;
		this.failureReason = reason;
		this.finishedAt = now;
	}

	/** What the sides printed cost (see {@link PrintJob#pointsCharged()}). */
	public long pointsCharged() {
		return toJob().pointsCharged();
	}

	public String holdKey() {
		return PrintJob.holdKeyOf(this.id);
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
		return this.sides.printed();
	}

	public int sides() {
		return this.sides.sides();
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

	/**
	 * Why it failed, if it did; a job failed before reasons were kept reads as its
	 * printer's words say.
	 */
	public @Nullable FailureReason failureReason() {
		if (this.failureReason == null && this.status == JobStatus.FAILED && this.failure != null) {
			return FailureReason.of(null, this.failure, this.duplex);
		}
		return this.failureReason;
	}

	public PrintJob toJob() {
		return new PrintJob(this.id, this.memberId, this.documentId, this.status, this.copies, this.duplex,
				this.firstPage, this.lastPage, sides(), this.points, this.releaseCode, this.printerId, pagesPrinted(),
				this.failure, failureReason(), this.expiresAt, this.createdAt, this.finishedAt, this.coverSheet,
				this.coverPoints);
	}

}
