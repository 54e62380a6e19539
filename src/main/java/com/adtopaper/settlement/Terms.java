package com.adtopaper.settlement;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A partner's terms for a site, or for one printer of it, from a Seoul day on.
 *
 * @param id its id
 * @param partnerId the partner
 * @param siteId the site
 * @param printerId the printer, or null for the whole site
 * @param shareBps the partner's share of what advertisers paid for the paid sides, in
 * basis points (0 to 10,000)
 * @param houseFee what the partner earns for each house-ad side (KRW, may be 0)
 * @param effectiveFrom the first day (Asia/Seoul) it applies
 * @param createdBy the operator who set it
 * @param createdAt when
 */
public record Terms(long id, long partnerId, long siteId, @Nullable Long printerId, int shareBps, long houseFee,
		LocalDate effectiveFrom, long createdBy, Instant createdAt) {

	/**
	 * What these terms pay for a line's sides. The share is rounded down per line (a
	 * fraction of a won stays with the platform), so each line is a whole number of won
	 * and a statement's total is exactly the sum of its lines.
	 */
	public long amount(long revenue, long houseSides) {
		return Math.multiplyExact(revenue, this.shareBps) / 10_000 + Math.multiplyExact(houseSides, this.houseFee);
	}

}
