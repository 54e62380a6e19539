package com.adtopaper.settlement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Terms an operator sets.
 *
 * @param siteId the site
 * @param printerId one printer of it, or null for the whole site
 * @param shareBps the share in basis points, 0 to 10,000
 * @param houseFee KRW per house-ad side, 0 or more
 * @param effectiveFrom the first day it applies; not in a closed month
 */
public record NewTerms(long siteId, @Nullable Long printerId, int shareBps, long houseFee, LocalDate effectiveFrom) {

}
