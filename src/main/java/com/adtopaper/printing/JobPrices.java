package com.adtopaper.printing;

/**
 * What printing costs in points, for the pages that tell members before they print.
 *
 * @param side a side that carries an ad
 * @param plainSide a side without one: each page of a hand-in-safe job, whose one ad is
 * on its cover sheet (which costs {@code side})
 */
public record JobPrices(long side, long plainSide) {

}
