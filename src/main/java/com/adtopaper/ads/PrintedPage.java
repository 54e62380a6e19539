package com.adtopaper.ads;

import java.time.Instant;

/**
 * A page that printed with an ad: one impression.
 *
 * @param jobId the print job
 * @param page the page of the job, from 1
 * @param campaignId the campaign whose ad it carried
 * @param creativeId the creative
 * @param price what the campaign pays for it (KRW): the {@link AdChoice#pricePerPage()}
 * of the decision, so that a price changed in between does not change the charge
 * @param audience who printed it
 * @param printerId where
 * @param printedAt when
 */
public record PrintedPage(String jobId, int page, long campaignId, long creativeId, long price, Audience audience,
		long printerId, Instant printedAt) {

	/** The page a request asked an ad for, printed with the ad chosen for it. */
	public static PrintedPage of(AdRequest request, AdChoice choice, Instant printedAt) {
		return new PrintedPage(request.jobId(), request.page(), choice.campaignId(), choice.creativeId(),
				choice.pricePerPage(), request.audience(), request.printerId(), printedAt);
	}

}
