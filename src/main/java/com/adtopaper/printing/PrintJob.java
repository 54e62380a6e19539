package com.adtopaper.printing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A print job as its member and its printer see it.
 *
 * @param id its id
 * @param memberId whose it is
 * @param documentId the document it prints
 * @param status where it is
 * @param copies copies of the page range
 * @param duplex both sides of each sheet
 * @param firstPage first page of the document printed
 * @param lastPage last page of the document printed
 * @param sides printed sides (pages of the range times copies): each carries an ad
 * @param points what it costs (held when created, charged for what printed)
 * @param releaseCode the code the member may type at a printer to release it
 * @param printerId the printer it is released to, once it is
 * @param pagesPrinted sides printed so far
 * @param failure what the printer said when it failed or stopped short, if it did: for
 * partners and operators, never shown to the member
 * @param failureReason why it failed, if it did, in terms the member is shown
 * @param expiresAt when an unreleased job gives its points back
 * @param createdAt when it was created
 * @param finishedAt when it completed, failed, was cancelled or expired
 */
public record PrintJob(String id, long memberId, long documentId, JobStatus status, int copies, boolean duplex,
		int firstPage, int lastPage, int sides, long points, String releaseCode, @Nullable Long printerId,
		int pagesPrinted, @Nullable String failure, @Nullable FailureReason failureReason, Instant expiresAt,
		Instant createdAt, @Nullable Instant finishedAt) {

	/** The key of the points hold the job's cost is held and charged under. */
	public static String holdKeyOf(String jobId) {
		return "print-job:" + jobId;
	}

	public String holdKey() {
		return holdKeyOf(this.id);
	}

	/**
	 * Whether its PDF holds a blank side after every copy but the last, so that each copy
	 * starts on a sheet of its own: duplex copies of an odd number of pages. Blank sides
	 * are no sides of the job (no ad, no charge).
	 */
	public boolean blankBacks() {
		return this.duplex && this.copies > 1 && (this.lastPage - this.firstPage + 1) % 2 == 1;
	}

}
