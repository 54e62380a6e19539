package com.adtopaper.printing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * @param sides printed sides (pages of the range times copies, and its cover sheet if it
 * has one)
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
 * @param coverSheet hand-in-safe: its first side is a cover sheet that carries its ad,
 * and its pages carry none
 * @param coverPoints what its cover side costs of {@code points} (0 without one); its
 * other sides cost the rest evenly
 */
public record PrintJob(String id, long memberId, long documentId, JobStatus status, int copies, boolean duplex,
		int firstPage, int lastPage, int sides, long points, String releaseCode, @Nullable Long printerId,
		int pagesPrinted, @Nullable String failure, @Nullable FailureReason failureReason, Instant expiresAt,
		Instant createdAt, @Nullable Instant finishedAt, boolean coverSheet, long coverPoints) {

	/** An entry of {@link #sheets()}: the cover sheet. */
	public static final int COVER = -1;

	/**
	 * An entry of {@link #sheets()}: an empty page, which is no side of the job (no ad,
	 * no charge, no impression).
	 */
	public static final int BLANK = 0;

	/** The key of the points hold the job's cost is held and charged under. */
	public static String holdKeyOf(String jobId) {
		return "print-job:" + jobId;
	}

	public String holdKey() {
		return holdKeyOf(this.id);
	}

	/**
	 * What the sides printed so far cost: the cover side (printed first) at its price,
	 * every other at an even share of the rest.
	 */
	public long pointsCharged() {
		if (this.pagesPrinted == 0) {
			return 0;
		}
		if (!this.coverSheet) {
			return this.pagesPrinted * (this.points / this.sides);
		}
		return this.coverPoints + (this.pagesPrinted - 1) * ((this.points - this.coverPoints) / (this.sides - 1));
	}

	/**
	 * Whether its PDF holds a blank side after every copy but the last, so that each copy
	 * starts on a sheet of its own: duplex copies of an odd number of pages. Blank sides
	 * are no sides of the job (no ad, no charge).
	 */
	public boolean blankBacks() {
		return this.duplex && this.copies > 1 && (this.lastPage - this.firstPage + 1) % 2 == 1;
	}

	/**
	 * What its PDF holds, page by page: {@link #COVER} first if it has a cover sheet
	 * (with a {@link #BLANK} back when duplex, so that it comes off without a page of the
	 * document), then the document's page numbers copy after copy, with a {@link #BLANK}
	 * between copies where each must start on a sheet of its own ({@link #blankBacks()}).
	 */
	public List<Integer> sheets() {
		return sheets(this.copies, this.duplex, this.firstPage, this.lastPage, this.coverSheet);
	}

	/** {@link #sheets()} of a job with these options. */
	public static List<Integer> sheets(int copies, boolean duplex, int firstPage, int lastPage, boolean coverSheet) {
		List<Integer> sheets = new ArrayList<>();
		if (coverSheet) {
			sheets.add(COVER);
			if (duplex) {
				sheets.add(BLANK);
			}
		}
		boolean blankBacks = duplex && copies > 1 && (lastPage - firstPage + 1) % 2 == 1;
		for (int copy = 1; copy <= copies; copy++) {
			for (int page = firstPage; page <= lastPage; page++) {
				sheets.add(page);
			}
			if (blankBacks && copy < copies) {
				sheets.add(BLANK);
			}
		}
		return sheets;
	}

	/**
	 * The positions (from 1) of the empty pages of its PDF, which a printer counts as
	 * impressions but are no sides of the job.
	 */
	public List<Integer> blankPages() {
		List<Integer> sheets = sheets();
		List<Integer> blanks = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			if (sheets.get(i) == BLANK) {
				blanks.add(i + 1);
			}
		}
		return blanks;
	}

}
