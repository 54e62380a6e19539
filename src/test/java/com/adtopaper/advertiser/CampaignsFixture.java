package com.adtopaper.advertiser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;

/** Campaign drafts for tests that need a campaign but not its details. */
final class CampaignsFixture {

	private CampaignsFixture() {
	}

	static CampaignDraft draft(String name) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		return new CampaignDraft(name, today, today.plusDays(30), 300_000, 10_000, 20, Priority.REMNANT, 100, 0,
				Targeting.ANYONE);
	}

}
