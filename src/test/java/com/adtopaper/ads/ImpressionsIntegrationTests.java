package com.adtopaper.ads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.adtopaper.IntegrationTest;
import com.adtopaper.ads.selection.CampaignProgress;
import com.adtopaper.member.Gender;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.adtopaper.ads.TestCampaigns.newPrinter;
import static com.adtopaper.ads.TestCampaigns.printer;
import static com.adtopaper.ads.TestCampaigns.remnant;
import static com.adtopaper.ads.TestCampaigns.todayAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printed pages are counted and charged once per (job, page), however often and however
 * concurrently they are reported, and the report's roll-ups agree with them.
 */
@IntegrationTest
@RecordApplicationEvents
class ImpressionsIntegrationTests {

	@Autowired
	Impressions impressions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Advertisers advertisers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	CampaignProgress progress;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	long campaign;

	long printer;

	@BeforeEach
	void campaign() {
		this.printer = newPrinter();
		this.campaign = new TestCampaigns(this.advertisers, this.campaigns, this.progress, this.jdbc)
			.running(remnant(printer(this.printer)))
			.id();
	}

	private List<PrintedPage> pages(String job, int from, int to) {
		List<PrintedPage> pages = new ArrayList<>();
		for (int page = from; page <= to; page++) {
			// two schools, two hours
			Audience audience = new Audience(100 + page % 3, 1 + page % 2, "Design", 2024, Gender.MALE);
			Instant at = todayAt(10 + page % 2).plusMinutes(page % 60).toInstant();
			pages.add(new PrintedPage(job, page, this.campaign, 1, 20, audience, this.printer, at));
		}
		return pages;
	}

	private long sum(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.campaign);
	}

	@Test
	void pagesRecordedTwiceAreCountedAndChargedOnce() {
		double counted = this.meters.get("adtopaper.ads.impressions").counter().count();
		double spent = this.meters.get("adtopaper.ads.spend").counter().count();
		List<PrintedPage> pages = pages(UUID.randomUUID().toString(), 1, 12);
		assertThat(this.impressions.recordPrinted(pages)).isEqualTo(12);
		assertThat(this.impressions.recordPrinted(pages)).isZero();
		assertThat(this.impressions.recordPrinted(pages.subList(0, 4))).isZero();

		assertThat(this.impressions.delivery(this.campaign))
			.isEqualTo(new CampaignDelivery(this.campaign, 12, 240, 12, 240));
		// the dashboard counts them once too
		assertThat(this.meters.get("adtopaper.ads.impressions").counter().count() - counted).isEqualTo(12);
		assertThat(this.meters.get("adtopaper.ads.spend").counter().count() - spent).isEqualTo(240);
		assertThat(sum("select count(*) from impressions where campaign_id = ?")).isEqualTo(12);
		assertThat(sum("select sum(pages) from campaign_member_pages where campaign_id = ?")).isEqualTo(12);
		assertThat(sum("select sum(pages) from campaign_hourly where campaign_id = ?")).isEqualTo(12);
		assertThat(sum("select sum(spend) from campaign_hourly where campaign_id = ?")).isEqualTo(240);
		// by school and Seoul hour: odd pages at school 2, 11:00; even pages at school 1,
		// 10:00
		assertThat(this.jdbc.queryForList("""
				select school_id, hour(at_hour) as h, pages, spend from campaign_hourly where campaign_id = ?
				order by school_id""", this.campaign))
			.extracting((row) -> List.of(row.get("school_id"), row.get("h"), row.get("pages"), row.get("spend")))
			.containsExactly(List.of(1L, 10, 6L, 120L), List.of(2L, 11, 6L, 120L));
		// member 100 printed pages 3, 6, 9 and 12
		assertThat(this.jdbc.queryForObject(
				"select pages from campaign_member_pages where campaign_id = ? and member_id = 100", Integer.class,
				this.campaign))
			.isEqualTo(4);
		assertThat(this.events.stream(ImpressionsRecorded.class))
			.containsExactly(new ImpressionsRecorded(List.of(this.campaign)));
	}

	@Test
	void overlappingBatchesFromManyThreadsCountEachPageOnce() throws Exception {
		String job = UUID.randomUUID().toString();
		List<PrintedPage> all = pages(job, 1, 400);
		List<Future<Integer>> counts = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
			for (int thread = 0; thread < 6; thread++) {
				// each thread reports pages 1 to 400 in batches of 50, starting at its
				// own
				// offset: every page arrives six times, from six threads
				int offset = thread * 60;
				counts.add(threads.submit(() -> {
					int recorded = 0;
					for (int from = 0; from < all.size(); from += 50) {
						List<PrintedPage> batch = new ArrayList<>();
						for (int i = from; i < from + 50; i++) {
							batch.add(all.get((i + offset) % all.size()));
						}
						recorded += this.impressions.recordPrinted(batch);
					}
					return recorded;
				}));
			}
			int recorded = 0;
			for (Future<Integer> count : counts) {
				recorded += count.get();
			}
			assertThat(recorded).isEqualTo(400);
		}
		assertThat(sum("select count(*) from impressions where campaign_id = ?")).isEqualTo(400);
		assertThat(this.impressions.delivery(this.campaign).pagesTotal()).isEqualTo(400);
		assertThat(this.impressions.delivery(this.campaign).spendTotal()).isEqualTo(8_000);
		assertThat(sum("select sum(pages) from campaign_member_pages where campaign_id = ?")).isEqualTo(400);
		assertThat(sum("select sum(pages) from campaign_hourly where campaign_id = ?")).isEqualTo(400);
	}

}
