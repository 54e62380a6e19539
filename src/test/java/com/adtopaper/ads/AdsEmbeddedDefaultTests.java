package com.adtopaper.ads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.adtopaper.ads.selection.CampaignProgress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.adtopaper.ads.TestCampaigns.member;
import static com.adtopaper.ads.TestCampaigns.newPrinter;
import static com.adtopaper.ads.TestCampaigns.printer;
import static com.adtopaper.ads.TestCampaigns.today;
import static com.adtopaper.ads.TestCampaigns.todayAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ad selection and the impressions on the embedded default (H2 in MySQL mode,
 * reservations in process): the same SQL and the same rules as on MariaDB and Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:embedded-default-ads;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		// the demo campaign runs for everyone and would compete for these pages
		"adtopaper.demo-data.enabled=false" })
@AutoConfigureRestTestClient
@Tag("integration")
class AdsEmbeddedDefaultTests {

	@Autowired
	AdSelection selection;

	@Autowired
	Impressions impressions;

	@Autowired
	Advertisers advertisers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	CampaignProgress progress;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesAreChosenWithinBudgetAndCountedOnceOnH2() {
		long printer = newPrinter();
		long id = new TestCampaigns(this.advertisers, this.campaigns, this.progress, this.jdbc)
			.running(new CampaignDraft("Three pages", today().minusDays(1), today().plusDays(3), 60, 60, 20,
					Priority.REMNANT, 1, 0, printer(printer)))
			.id();
		Instant at = todayAt(12).toInstant();
		List<PrintedPage> printed = new ArrayList<>();
		String job = UUID.randomUUID().toString();
		for (int page = 1; page <= 5; page++) {
			AdRequest request = new AdRequest(job, page, member(page), printer, null, at);
			Optional<AdChoice> choice = this.selection.choose(request);
			assertThat(choice.isPresent()).isEqualTo(page <= 3);
			choice.ifPresent((c) -> printed.add(PrintedPage.of(request, c, at)));
		}
		assertThat(this.impressions.recordPrinted(printed)).isEqualTo(3);
		assertThat(this.impressions.recordPrinted(printed)).isZero();
		assertThat(this.impressions.delivery(id)).isEqualTo(new CampaignDelivery(id, 3, 60, 3, 60));
		assertThat(this.jdbc.queryForObject("select sum(pages) from campaign_hourly where campaign_id = ?", Long.class,
				id))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select sum(pages) from campaign_member_pages where campaign_id = ?",
				Long.class, id))
			.isEqualTo(3);
	}

}
