package com.adtopaper.admin;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import com.adtopaper.TestAccounts;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.CreativeStatus;
import com.adtopaper.ads.Creatives;
import com.adtopaper.ads.OrangeAds;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SecondFactors;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printerapi.SignedPrinterClient;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the admin site's tests start from, made as its users make it: operators with a
 * second factor, a member's job printed through the printer API, a campaign submitted for
 * review with a ready creative.
 */
@TestComponent
class AdminFixture {

	/** Targeting of a printer id no test registers. */
	private static final Targeting NOWHERE = new Targeting(Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of(Long.MAX_VALUE - 7), Set.of(), Set.of(), Set.of());

	private final Accounts accounts;

	private final SecondFactors factors;

	private final Documents documents;

	private final PrintJobs jobs;

	private final Advertisers advertisers;

	private final Campaigns campaigns;

	private final Creatives creatives;

	private final Environment environment;

	AdminFixture(Accounts accounts, SecondFactors factors, Documents documents, PrintJobs jobs, Advertisers advertisers,
			Campaigns campaigns, Creatives creatives, Environment environment) {
		this.accounts = accounts;
		this.factors = factors;
		this.documents = documents;
		this.jobs = jobs;
		this.advertisers = advertisers;
		this.campaigns = campaigns;
		this.creatives = creatives;
		this.environment = environment;
	}

	/** An operator's account with a second factor set up, and its secret. */
	record Operator(long id, String email, String secret) {
	}

	Operator operator(Role role) {
		String email = TestAccounts.uniqueEmail(role.name().toLowerCase());
		long id = this.accounts.create(email, TestAccounts.PASSWORD, "Operator", role).id();
		String secret = this.factors.newSecret();
		this.factors.enrolDemo(id, secret);
		return new Operator(id, email, secret);
	}

	/** The code the operator's app shows now. */
	String code(Operator operator) {
		return this.factors.currentCode(operator.secret());
	}

	/** A job of the member's, held until it is released. */
	PrintJob newJob(long memberId, int pages) {
		long document = this.documents.upload(memberId, "essay.pdf", new ByteArrayInputStream(Pdfs.text(pages))).id();
		return this.jobs.create(memberId, new JobOptions(document, 1, false, null, null));
	}

	void release(long memberId, PrintJob job, PrinterCredentials printer) {
		this.jobs.release(memberId, job.id(), printer.code());
	}

	/** A job of the member's, printed in full at the printer. */
	PrintJob printed(long memberId, PrinterCredentials printer, int pages) throws Exception {
		PrintJob job = newJob(memberId, pages);
		release(memberId, job, printer);
		SignedPrinterClient agent = agent(printer.keyId(), printer.secret());
		assertThat(agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);
		assertThat(agent.post("/printer/v1/jobs/" + job.id() + "/complete", "{\"pagesPrinted\":" + pages + "}")
			.statusCode()).isEqualTo(200);
		return this.jobs.get(memberId, job.id());
	}

	/**
	 * A new advertiser's campaign with a ready creative, submitted for review. It targets
	 * a printer that does not exist: once approved, it never competes for other tests'
	 * pages (whose blob stores do not hold its creative).
	 */
	long pendingCampaign(String name) {
		long advertiser = this.advertisers
			.invite(TestAccounts.uniqueEmail("advertiser"), TestAccounts.PASSWORD, "Review Coffee", "Minji Park",
					"010-2222-3333")
			.accountId();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		long campaign = this.campaigns
			.create(advertiser,
					new CampaignDraft(name + " " + UUID.randomUUID().toString().substring(0, 8), today,
							today.plusDays(14), 100_000, 10_000, 20, Priority.REMNANT, 1, 0, NOWHERE))
			.id();
		long creative = this.creatives.upload(advertiser, campaign, "coffee.png", "image/png", OrangeAds.orangePng())
			.id();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.creatives.get(advertiser, creative).status() == CreativeStatus.READY);
		this.campaigns.submit(advertiser, campaign);
		return campaign;
	}

	/** The printer's agent, signing with this key. */
	SignedPrinterClient agent(String keyId, String secret) {
		return new SignedPrinterClient(HttpClient.newHttpClient(),
				URI.create("http://localhost:" + this.environment.getProperty("local.server.port")), keyId, secret);
	}

	/**
	 * A code that is not this one (nor, but for a chance in a million, its neighbours').
	 */
	static String wrong(String code) {
		return "%06d".formatted((Integer.parseInt(code) + 500_000) % 1_000_000);
	}

}
