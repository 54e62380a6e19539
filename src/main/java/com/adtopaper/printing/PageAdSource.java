package com.adtopaper.printing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the ads printed on a job's sides come from: what printing needs from advertising,
 * declared here so that printing depends on no advertising type (the advertising module
 * implements it, and listens to {@link PagesPrinted} for the impressions). Asked when a
 * job is rendered for its printer, and for a preview.
 */
public interface PageAdSource {

	/**
	 * The ads of a job's sides, each side's decision taken (and its budget reserved) as
	 * the job is rendered. Asking again for the same job returns the same ads while the
	 * decisions live, so a retried render prints what was decided.
	 * @param request the job, who it prints for, where and when
	 * @return the ad of every side a campaign pays for, by side (from 1); the other sides
	 * print the house ad
	 */
	Map<Integer, Ad> choose(Request request);

	/**
	 * An ad a side printed for this audience now would likely carry, for a preview;
	 * nothing is reserved or charged.
	 * @param audience who would print
	 * @return an ad, or none (the house ad)
	 */
	Optional<Ad> example(JobAudience audience);

	/**
	 * A job about to be rendered, asking for the ads of its sides.
	 *
	 * @param jobId the job
	 * @param sides how many sides it prints
	 * @param audience who it prints for
	 * @param printerId the printer it prints on
	 * @param region that printer's region, if known
	 * @param at when it prints
	 */
	record Request(String jobId, int sides, JobAudience audience, long printerId, @Nullable String region, Instant at) {

	}

	/**
	 * The ad chosen for a side.
	 *
	 * @param campaignId the campaign that pays for the side
	 * @param creativeId the creative printed
	 * @param price what the campaign pays for the side (KRW)
	 * @param bandKey the key, in the public blob store, of the creative as a print band
	 * (PNG, the full width of an A4 page at 300 dpi)
	 */
	record Ad(long campaignId, long creativeId, long price, String bandKey) {

	}

}
