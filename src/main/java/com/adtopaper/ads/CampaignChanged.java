package com.adtopaper.ads;

/**
 * A campaign changed in a way the ad selection must see (approved, paused, resumed,
 * finished, or a creative became ready).
 *
 * @param campaignId the campaign
 */
public record CampaignChanged(long campaignId) {

}
