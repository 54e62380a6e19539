package com.adtopaper.printing.internal;

import org.jspecify.annotations.Nullable;

/**
 * The ad chosen for one printed side: a campaign's creative, or the house ad.
 *
 * @param campaignId the paying campaign, null for the house ad
 * @param creativeId its creative
 * @param price what the campaign pays for the side (KRW)
 * @param band the band to print
 */
record PageAd(@Nullable Long campaignId, @Nullable Long creativeId, long price, AdBand band) {

	static PageAd house() {
		return new PageAd(null, null, 0, HouseAd.band());
	}

}
