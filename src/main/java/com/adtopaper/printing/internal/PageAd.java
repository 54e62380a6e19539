package com.adtopaper.printing.internal;

import org.jspecify.annotations.Nullable;

/**
 * The ad chosen for one printed side: a campaign's creative, the house ad, or none (a
 * page of a hand-in-safe job, whose ad is on its cover sheet).
 *
 * @param campaignId the paying campaign, null for the house ad
 * @param creativeId its creative
 * @param price what the campaign pays for the side (KRW)
 * @param band the band to print, null for none
 */
record PageAd(@Nullable Long campaignId, @Nullable Long creativeId, long price, @Nullable AdBand band) {

	static PageAd none() {
		return new PageAd(null, null, 0, null);
	}

	static PageAd house() {
		return new PageAd(null, null, 0, HouseAd.band());
	}

}
