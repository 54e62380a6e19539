package com.adtopaper.ads.selection;

import java.util.List;

import com.adtopaper.ads.Campaign;

/**
 * A running campaign as the snapshot holds it: the campaign, its ready creatives, and
 * what it had spent when the snapshot was taken (only to seed the shared counters if they
 * were lost).
 *
 * @param campaign the campaign
 * @param creatives its ready creatives, at least one
 * @param spentToday spent on the snapshot's day
 * @param spentTotal spent in all
 */
record LiveCampaign(Campaign campaign, List<Creative> creatives, long spentToday, long spentTotal) {

	public LiveCampaign {
		creatives = List.copyOf(creatives);
	}

}
