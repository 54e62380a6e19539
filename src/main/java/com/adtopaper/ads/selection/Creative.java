package com.adtopaper.ads.selection;

/**
 * A creative ready to print.
 *
 * @param id its id
 * @param campaignId its campaign
 * @param bandKey the blob key of its print band
 */
public record Creative(long id, long campaignId, String bandKey) {

}
