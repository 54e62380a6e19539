package com.adtopaper.printing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.ads.AdSelection;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Creatives;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.ads.OrangeAds;
import com.adtopaper.ads.selection.CampaignProgress;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job that ends without printing all its sides gives back at once what they reserved:
 * the member who prints the same document again gets the same paid ads, although the
 * campaign allows four pages a day per member, and what printed counts once.
 */
@IntegrationTest
class EndedJobAdsIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

	@Autowired
	Advertisers advertisers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Creatives creatives;

	@Autowired
	CampaignProgress progress;

	@Autowired
	AdSelection selection;

	@Autowired
	Members members;

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	Printers printers;

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Autowired
	PrinterJobs printerJobs;

	@Autowired
	JdbcTemplate jdbc;

	PrinterCredentials printer;

	long campaign;

	long member;

	Document document;

	@BeforeEach
	void aCampaignOfFourPagesADayPerMember() throws IOException {
		this.printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "Student Union", 1L, "Lobby");
		long advertiser = this.advertisers
			.invite(TestAccounts.uniqueEmail("advertiser"), TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han",
					"010-1234-5678")
			.accountId();
		Targeting here = new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(this.printer.printerId()),
				Set.of(), Set.of(), Set.of());
		this.campaign = this.campaigns
			.create(advertiser,
					new CampaignDraft("Capped coffee " + UUID.randomUUID(), TODAY.minusDays(1), TODAY.plusDays(30),
							1_000_000, 100_000, 20, Priority.REMNANT, 1, 4, here))
			.id();
		OrangeAds.startWithAnOrangeAd(this.creatives, this.campaigns, this.progress, this.selection, advertiser,
				this.campaign);
		this.member = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD,
					"Reprinting Member", 2, "Economics", 2024, Gender.FEMALE, 2005))
			.id();
		this.points.grant(this.member, 1_000, "ended-job:" + this.member, "Test points");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(this.member).available() >= 1_000);
		this.document = this.documents.upload(this.member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(4)));
	}

	@Test
	void aFailedJobWithNothingPrintedLeavesTheMembersCapToTheJobPrintedAgain() {
		PrintJob failed = rendered();
		assertThat(paidSides(failed)).containsExactly(this.campaign, this.campaign, this.campaign, this.campaign);
		this.printerJobs.fail(this.printer.printerId(), failed.id(), 0, "Paper jam");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(paidSides(renderedAndCancelledIfHouse())).as("printed again")
				.containsExactly(this.campaign, this.campaign, this.campaign, this.campaign));
	}

	@Test
	void aJobFailedAfterTwoOfFourSidesGivesBackTwoAndCountsTwo() {
		PrintJob partial = rendered();
		this.printerJobs.progress(this.printer.printerId(), partial.id(), 2);
		this.printerJobs.fail(this.printer.printerId(), partial.id(), 2, "Paper jam");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from impressions where job_id = ?", Integer.class,
					partial.id()) == 2);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(paidSides(renderedAndCancelledIfHouse())).as("the next job")
				.containsExactly(this.campaign, this.campaign, 0L, 0L));
	}

	/** A new job of the document, released, claimed and rendered with its ads. */
	private PrintJob rendered() {
		PrintJob job = this.jobs.create(this.member, new JobOptions(this.document.id(), 1, false, null, null));
		this.jobs.release(this.member, job.id(), this.printer.code());
		this.printerJobs.claimNext(this.printer.printerId()).orElseThrow();
		this.printerJobs.download(this.printer.printerId(), job.id(), new ByteArrayOutputStream());
		return job;
	}

	/**
	 * A new job rendered; cancelled (by its printer, nothing printed) so that a retry of
	 * the assertion renders anew.
	 */
	private PrintJob renderedAndCancelledIfHouse() {
		PrintJob job = rendered();
		this.printerJobs.fail(this.printer.printerId(), job.id(), 0, "Test done");
		return job;
	}

	/** The campaign of each side, in order; 0 for the house ad. */
	private List<Long> paidSides(PrintJob job) {
		return this.jdbc.queryForList(
				"select coalesce(campaign_id, 0) from print_job_pages where job_id = ? order by page", Long.class,
				job.id());
	}

}
