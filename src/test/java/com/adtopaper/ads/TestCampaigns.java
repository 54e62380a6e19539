package com.adtopaper.ads;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.adtopaper.TestAccounts;
import com.adtopaper.ads.selection.CampaignProgress;
import com.adtopaper.member.Gender;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Running campaigns for the ad selection's tests, made as advertisers and operators make
 * them (through the facades), with a ready creative written straight into its table (the
 * upload is another part). Each test targets printers of its own, so that campaigns left
 * running by other tests never compete for its pages.
 */
final class TestCampaigns {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final AtomicLong printers = new AtomicLong(
			1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L));

	private final Advertisers advertisers;

	private final Campaigns campaigns;

	private final CampaignProgress progress;

	private final JdbcTemplate jdbc;

	TestCampaigns(Advertisers advertisers, Campaigns campaigns, CampaignProgress progress, JdbcTemplate jdbc) {
		this.advertisers = advertisers;
		this.campaigns = campaigns;
		this.progress = progress;
		this.jdbc = jdbc;
	}

	/** A printer no other test targets. */
	static long newPrinter() {
		return printers.incrementAndGet();
	}

	static LocalDate today() {
		return LocalDate.now(SEOUL);
	}

	/** Today (Seoul) at this hour. */
	static ZonedDateTime todayAt(int hour) {
		return LocalDateTime.of(today(), LocalTime.of(hour, 0)).atZone(SEOUL);
	}

	static Targeting printer(long printerId) {
		return new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(printerId), Set.of(), Set.of(), Set.of());
	}

	/** A remnant campaign from yesterday for a month, weight 1, no cap, ample budget. */
	static CampaignDraft remnant(Targeting targeting) {
		return new CampaignDraft("Remnant " + UUID.randomUUID(), today().minusDays(1), today().plusDays(30), 1_000_000,
				100_000, 20, Priority.REMNANT, 1, 0, targeting);
	}

	static Audience member(long memberId) {
		return new Audience(memberId, 1, "Computer Science", 2022, Gender.FEMALE);
	}

	/** The advertiser's account id and the campaign, running with one ready creative. */
	record Running(long accountId, long id) {
	}

	Running running(CampaignDraft draft) {
		String email = TestAccounts.uniqueEmail("advertiser");
		long account = this.advertisers
			.invite(email, TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han", "010-1234-5678")
			.accountId();
		long id = this.campaigns.create(account, draft).id();
		creative(id);
		this.campaigns.submit(account, id);
		this.campaigns.approve(id);
		this.progress.advance();
		return new Running(account, id);
	}

	/** A ready creative, as the upload leaves it. */
	long creative(long campaignId) {
		String band = "bands/" + campaignId + "/" + UUID.randomUUID() + ".png";
		this.jdbc.update("""
				insert into creatives (campaign_id, status, original_key, band_key, thumbnail_key, content_type, width,
				                       height, bytes, created_at)
				values (?, 'READY', ?, ?, ?, 'image/png', 2480, 295, 12345, ?)""", campaignId, "originals/" + band,
				band, "thumbnails/" + band, LocalDateTime.now(ZoneOffset.UTC));
		return this.jdbc.queryForObject("select id from creatives where band_key = ?", Long.class, band);
	}

}
