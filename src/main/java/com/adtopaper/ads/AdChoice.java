package com.adtopaper.ads;

/**
 * The ad chosen for a page.
 *
 * @param campaignId the campaign that pays for the page
 * @param creativeId the creative printed
 * @param bandKey the blob key of the creative as a print band (PNG, the full width of an
 * A4 page at 300 dpi)
 * @param pricePerPage what the campaign pays for the page (KRW)
 */
public record AdChoice(long campaignId, long creativeId, String bandKey, long pricePerPage) {

}
