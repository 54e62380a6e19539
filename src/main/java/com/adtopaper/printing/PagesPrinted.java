package com.adtopaper.printing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A printer reported sides {@code fromSide} to {@code toSide} of a job printed: each
 * becomes one impression of the ad it carried, and counts for the site's partner. It
 * carries all that the impressions need, as the job was rendered (the ad, its price, the
 * member's audience then), so that recording them, or recording them again after a crash,
 * asks nobody and cannot change with a profile edited since. The advertising module
 * records the impressions from it.
 *
 * @param jobId the job
 * @param memberId whose job it is
 * @param printerId the printer
 * @param fromSide the first side newly printed, from 1
 * @param toSide the last side newly printed
 * @param printedAt when the printer reported them
 * @param audience who the job was rendered for, as targeting saw them; null for an
 * account without a member profile (its sides carry the house ad)
 * @param paidSides the sides newly printed that carried a campaign's ad, in order; the
 * others carried the house ad. Null only in an event published by a version before the
 * job owned its pages, still in the publication registry: its sides are read from the job
 * ({@link PrinterJobs#withSides})
 */
public record PagesPrinted(String jobId, long memberId, long printerId, int fromSide, int toSide, Instant printedAt,
		@Nullable JobAudience audience, @Nullable List<PaidSide> paidSides) {

	public PagesPrinted {
		paidSides = (paidSides != null) ? List.copyOf(paidSides) : null;
	}

	/**
	 * A printed side that carried a campaign's ad.
	 *
	 * @param side the side of the job, from 1
	 * @param campaignId the campaign that pays for it
	 * @param creativeId the creative printed
	 * @param price what the campaign pays (KRW), as decided when the job was rendered
	 */
	public record PaidSide(int side, long campaignId, long creativeId, long price) {

	}

}
