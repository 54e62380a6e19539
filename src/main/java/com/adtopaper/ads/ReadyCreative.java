package com.adtopaper.ads;

/**
 * A creative the ad selection may print.
 *
 * @param creativeId the creative
 * @param campaignId its campaign
 * @param bandKey the blob key of its print band: a PNG of 2480 x 590 pixels, the full
 * width of an A4 page at 300 dpi and about 50 mm high
 */
public record ReadyCreative(long creativeId, long campaignId, String bandKey) {

}
