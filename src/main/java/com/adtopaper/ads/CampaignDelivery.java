package com.adtopaper.ads;

/**
 * What a campaign has delivered, as its advertiser watches it live.
 *
 * @param campaignId the campaign
 * @param pagesToday pages printed today (Seoul)
 * @param spendToday spent today (KRW)
 * @param pagesTotal pages printed in all
 * @param spendTotal spent in all (KRW)
 */
record CampaignDelivery(long campaignId, long pagesToday, long spendToday, long pagesTotal, long spendTotal) {

}
