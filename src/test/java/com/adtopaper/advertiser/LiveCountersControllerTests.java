package com.adtopaper.advertiser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.LiveCounters;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * The live counters are pushed by the controller itself, once a second, with no
 * {@code @EnableScheduling} in the application (a node with the {@code web} role only).
 */
class LiveCountersControllerTests {

	@Test
	void theCountersOfAnOpenPageAreReadAgainEverySecondWithoutScheduling() throws Exception {
		Campaigns campaigns = mock(Campaigns.class);
		CampaignReports reports = mock(CampaignReports.class);
		LocalDate today = LocalDate.parse("2026-03-02");
		Campaign campaign = new Campaign(5, 9, "Live", CampaignStatus.RUNNING, today, today, 1000, 100, 10,
				Priority.REMNANT, 100, 0, Targeting.ANYONE, null, Instant.EPOCH);
		given(campaigns.get(9, 5)).willReturn(campaign);
		given(reports.live(anyList())).willReturn(List.of(new LiveCounters(5, today, 0, 0, 0, 0, 1000, 100)));
		var controller = new LiveCountersController(campaigns, reports);
		controller.start();
		try {
			controller.live(new CurrentAccount(9, Role.ADVERTISER), 5);
			verify(reports, timeout(5000).atLeast(3)).live(anyList());
		}
		finally {
			controller.stop();
			controller.destroy();
		}
	}

}
