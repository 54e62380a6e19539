package com.adtopaper.printing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.ads.AdSelection;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Creatives;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.ReportDimension;
import com.adtopaper.ads.Targeting;
import com.adtopaper.ads.OrangeAds;
import com.adtopaper.ads.selection.CampaignProgress;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Printing and advertising together: a running campaign's creative prints on the sides of
 * a job; the printer prints seven of ten; seven impressions are charged to the campaign,
 * its report and CSV say so, its live counters reach the advertiser's open page, and the
 * member pays for seven sides.
 */
@IntegrationTest
class PrintedAdsIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

	@LocalServerPort
	int port;

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
	CampaignReports reports;

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

	@Test
	void sevenPrintedSidesAreSevenImpressionsInTheReportAndTheLiveCounters() throws Exception {
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		PrinterCredentials printer = this.printers
			.register(this.printers.addSite(partner, "Engineering Library", "Seoul", 1L), "Ground floor");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));

		String advertiserEmail = TestAccounts.uniqueEmail("advertiser");
		long advertiser = this.advertisers
			.invite(advertiserEmail, TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han", "010-1234-5678")
			.accountId();
		// this printer only, so campaigns of other tests never compete for its pages
		Targeting here = new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(printer.printerId()), Set.of(),
				Set.of(), Set.of());
		long campaign = this.campaigns
			.create(advertiser,
					new CampaignDraft("Exam coffee " + UUID.randomUUID(), TODAY.minusDays(1), TODAY.plusDays(30),
							1_000_000, 100_000, 20, Priority.REMNANT, 1, 0, here))
			.id();
		startWithAnOrangeAd(advertiser, campaign);

		long member = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD,
					"Printing Member", 2, "Economics", 2024, Gender.FEMALE, 2005))
			.id();
		this.points.grant(member, 1_000, "printed-ads:" + member, "Test points");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member).available() >= 1_000);
		long before = this.points.balance(member).available();

		LiveStream live = LiveStream.open(this.port, advertiserEmail, campaign);

		Document document = this.documents.upload(member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(10)));
		PrintJob job = this.jobs.create(member, new JobOptions(document.id(), 1, false, null, null));
		this.jobs.release(member, job.id(), printer.code());
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		this.printerJobs.download(printer.printerId(), job.id(), new ByteArrayOutputStream());
		assertThat(this.jdbc.queryForList("select campaign_id from print_job_pages where job_id = ?", Long.class,
				job.id()))
			.hasSize(10)
			.containsOnly(campaign);

		this.printerJobs.progress(printer.printerId(), job.id(), 4);
		this.printerJobs.complete(printer.printerId(), job.id(), 7);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from impressions where job_id = ?", Integer.class,
					job.id()) == 7);
		assertThat(this.points.balance(member)).isEqualTo(new Balance(before - 70, 0));

		CampaignReport report = this.reports.report(advertiser, campaign, TODAY.minusDays(1), TODAY, TODAY);
		assertThat(report.pages()).isEqualTo(7);
		assertThat(report.spend()).isEqualTo(140);
		assertThat(report.hourly().stream().mapToLong(CampaignReport.Bucket::pages).sum()).isEqualTo(7);
		assertThat(report.breakdowns().get(ReportDimension.SCHOOL)).singleElement()
			.satisfies((slice) -> assertThat(slice.value()).isEqualTo("2"))
			.satisfies((slice) -> assertThat(slice.pages()).isEqualTo(7));
		assertThat(report.breakdowns().get(ReportDimension.PRINTER)).singleElement()
			.satisfies((slice) -> assertThat(slice.value()).isEqualTo(Long.toString(printer.printerId())));
		assertThat(report.live().pagesToday()).isEqualTo(7);
		assertThat(report.live().remainingBudget()).isEqualTo(1_000_000 - 140);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(live.events)
				.anySatisfy((event) -> assertThat(event).contains("\"pagesToday\":7").contains("\"spendToday\":140")));
		String csv = live
			.get("/advertiser/campaigns/" + campaign + "/report.csv?by=gender&from=" + TODAY + "&to=" + TODAY);
		assertThat(csv).contains("gender,pages,spend_krw").contains("FEMALE,7,140");
		live.close();
	}

	@Test
	void aHandInSafeJobIsOneImpressionOnItsCoverAndItsMemberPaysForThePagesWithoutAds() throws Exception {
		OrangePrinter setUp = orangePrinter("Hand-in");
		PrinterCredentials printer = setUp.printer();
		long advertiser = setUp.advertiser();
		long campaign = setUp.campaign();
		long member = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD, "Handing In", 2,
					"Law", 2023, Gender.MALE, 2004))
			.id();
		this.points.grant(member, 1_000, "hand-in:" + member, "Test points");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member).available() >= 1_000);
		long before = this.points.balance(member).available();

		Document document = this.documents.upload(member, "essay.pdf", new ByteArrayInputStream(Pdfs.text(5)));
		PrintJob job = this.jobs.create(member, new JobOptions(document.id(), 1, false, null, null, true));
		// the cover at a side's points (10), the five pages at a side's without an ad
		// (20)
		assertThat(job.sides()).isEqualTo(6);
		assertThat(job.points()).isEqualTo(10 + 5 * 20);
		assertThat(this.points.balance(member)).isEqualTo(new Balance(before - 110, 110));
		List<byte[]> preview = this.jobs.preview(member, job.id());
		assertThat(preview).hasSize(3);
		assertThat(bandColour(ImageIO.read(new ByteArrayInputStream(preview.get(0))))).as("the cover's band")
			.isNotEqualTo(Color.WHITE);
		assertThat(bandColour(ImageIO.read(new ByteArrayInputStream(preview.get(1))))).as("no band on a page")
			.isEqualTo(Color.WHITE);

		this.jobs.release(member, job.id(), printer.code());
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		this.printerJobs.download(printer.printerId(), job.id(), pdf);
		try (PDDocument printed = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(printed.getNumberOfPages()).isEqualTo(6);
			assertThat(new PDFTextStripper().getText(printed)).contains("Take this sheet off").contains("Page 5");
		}
		assertThat(this.jdbc.queryForList(
				"select coalesce(campaign_id, 0) from print_job_pages where job_id = ? order by page", Long.class,
				job.id()))
			.containsExactly(campaign, 0L, 0L, 0L, 0L, 0L);

		// the printer stops after the cover and two pages: the member pays for those
		this.printerJobs.fail(printer.printerId(), job.id(), 3, "media-empty");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from impressions where job_id = ?", Integer.class,
					job.id()) == 1);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.points.balance(member)).isEqualTo(new Balance(before - 50, 0)));
		CampaignReport report = this.reports.report(advertiser, campaign, TODAY.minusDays(1), TODAY, TODAY);
		assertThat(report.pages()).isEqualTo(1);
		assertThat(report.spend()).isEqualTo(20);
	}

	@Test
	void aProfileEditedBetweenRenderAndPrintDoesNotChangeWhoTheImpressionsCountFor() throws Exception {
		OrangePrinter setUp = orangePrinter("Audience coffee");
		PrinterCredentials printer = setUp.printer();
		long advertiser = setUp.advertiser();
		long campaign = setUp.campaign();
		long member = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD, "Moving Member",
					2, "Economics", 2024, Gender.FEMALE, 2005))
			.id();
		this.points.grant(member, 1_000, "audience:" + member, "Test points");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member).available() >= 1_000);

		Document document = this.documents.upload(member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(3)));
		PrintJob job = this.jobs.create(member, new JobOptions(document.id(), 1, false, null, null));
		this.jobs.release(member, job.id(), printer.code());
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		this.printerJobs.download(printer.printerId(), job.id(), new ByteArrayOutputStream());
		// rendered for an economics student of 2024 at school 2; by the time it prints
		// the member has moved school, major, year and gender
		this.jdbc.update("update members set school_id = 1, major = 'Law', admission_year = 2020, gender = 'MALE'"
				+ " where account_id = ?", member);
		assertThat(this.members.profile(member).major()).isEqualTo("Law");
		this.printerJobs.complete(printer.printerId(), job.id(), 3);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from impressions where job_id = ?", Integer.class,
					job.id()) == 3);
		assertThat(this.jdbc.queryForList(
				"select concat(school_id, ' ', major, ' ', admission_year, ' ', gender, ' ', pages) from campaign_hourly"
						+ " where campaign_id = ?",
				String.class, campaign))
			.containsExactly("2 Economics 2024 FEMALE 3");
		CampaignReport report = this.reports.report(advertiser, campaign, TODAY.minusDays(1), TODAY, TODAY);
		assertThat(report.breakdowns().get(ReportDimension.SCHOOL)).singleElement()
			.satisfies((slice) -> assertThat(slice.value()).isEqualTo("2"));
		assertThat(report.breakdowns().get(ReportDimension.MAJOR)).singleElement()
			.satisfies((slice) -> assertThat(slice.value()).isEqualTo("Economics"));
		assertThat(report.breakdowns().get(ReportDimension.YEAR)).singleElement()
			.satisfies((slice) -> assertThat(slice.value()).isEqualTo("2024"));
		assertThat(report.breakdowns().get(ReportDimension.GENDER)).singleElement()
			.satisfies((slice) -> assertThat(slice.value()).isEqualTo("FEMALE"))
			.satisfies((slice) -> assertThat(slice.pages()).isEqualTo(3));
	}

	@Test
	void thePreviewShowsAnAdTheMemberWouldGetAndTheHouseAdToOthers() throws Exception {
		String major = "Preview studies " + UUID.randomUUID();
		long advertiser = this.advertisers
			.invite(TestAccounts.uniqueEmail("advertiser"), TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han",
					"010-1234-5678")
			.accountId();
		// a contract campaign comes before any remnant; this major is nobody else's
		long campaign = this.campaigns
			.create(advertiser,
					new CampaignDraft("Preview coffee " + UUID.randomUUID(), TODAY.minusDays(1), TODAY.plusDays(30),
							1_000_000, 100_000, 20, Priority.CONTRACT, 1, 0,
							new Targeting(Set.of(), Set.of(major), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
									Set.of())))
			.id();
		startWithAnOrangeAd(advertiser, campaign);

		assertThat(bandColour(previewOf(major))).as("the band of the targeted member's preview")
			.isEqualTo(Color.ORANGE);
		assertThat(bandColour(previewOf("Economics " + UUID.randomUUID()))).as("the band of another member's preview")
			.isNotEqualTo(Color.ORANGE);
		assertThat(this.jdbc.queryForObject("select count(*) from impressions where campaign_id = ?", Integer.class,
				campaign))
			.as("a preview is not an impression")
			.isZero();
	}

	/** A printer that can print, and a running campaign with an orange ad for it only. */
	record OrangePrinter(PrinterCredentials printer, long advertiser, long campaign) {
	}

	private OrangePrinter orangePrinter(String campaignName) {
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		PrinterCredentials printer = this.printers.register(this.printers.addSite(partner, "Law Library", "Seoul", 1L),
				"Second floor");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		long advertiser = this.advertisers
			.invite(TestAccounts.uniqueEmail("advertiser"), TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han",
					"010-1234-5678")
			.accountId();
		Targeting here = new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(printer.printerId()), Set.of(),
				Set.of(), Set.of());
		long campaign = this.campaigns
			.create(advertiser,
					new CampaignDraft(campaignName + " " + UUID.randomUUID(), TODAY.minusDays(1), TODAY.plusDays(30),
							1_000_000, 100_000, 20, Priority.REMNANT, 1, 0, here))
			.id();
		startWithAnOrangeAd(advertiser, campaign);
		return new OrangePrinter(printer, advertiser, campaign);
	}

	/** The first side of a new one-page job's preview, for a new member of this major. */
	private BufferedImage previewOf(String major) throws IOException {
		long member = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD,
					"Previewing Member", 2, major, 2024, Gender.FEMALE, 2005))
			.id();
		this.points.grant(member, 100, "preview:" + member, "Test points");
		Document document = this.documents.upload(member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(1)));
		PrintJob job = this.jobs.create(member, new JobOptions(document.id(), 1, false, null, null));
		return ImageIO.read(new ByteArrayInputStream(this.jobs.preview(member, job.id()).getFirst()));
	}

	/** The colour in the middle of the ad band at the bottom of a page. */
	private static Color bandColour(BufferedImage page) {
		int bandHeight = page.getHeight() * 590 / 3508;
		return new Color(page.getRGB(page.getWidth() / 2, page.getHeight() - bandHeight / 2));
	}

	/**
	 * Uploads an orange creative, waits until it is a print band, has the campaign
	 * reviewed and started, and makes the selection see it.
	 */
	private void startWithAnOrangeAd(long advertiser, long campaign) {
		OrangeAds.startWithAnOrangeAd(this.creatives, this.campaigns, this.progress, this.selection, advertiser,
				campaign);
	}

	/** An advertiser's browser: logged in, with the campaign page's event stream open. */
	static final class LiveStream implements AutoCloseable {

		final List<String> events = new CopyOnWriteArrayList<>();

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final String base;

		private InputStream stream;

		private LiveStream(String base) {
			this.base = base;
		}

		static LiveStream open(int port, String email, long campaign) throws Exception {
			LiveStream live = new LiveStream("http://127.0.0.1:" + port);
			live.login(email);
			HttpResponse<InputStream> response = live.http
				.send(HttpRequest.newBuilder(URI.create(live.base + "/advertiser/campaigns/" + campaign + "/live"))
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			live.stream = response.body();
			Thread.ofVirtual().start(() -> {
				try (var lines = new java.io.BufferedReader(
						new java.io.InputStreamReader(live.stream, StandardCharsets.UTF_8))) {
					String line;
					while ((line = lines.readLine()) != null) {
						if (line.startsWith("data:")) {
							live.events.add(line.substring(5));
						}
					}
				}
				catch (IOException ex) {
					// closed
				}
			});
			return live;
		}

		private void login(String email) throws Exception {
			String form = get("/login");
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
			assertThat(csrf.find()).isTrue();
			String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/advertiser/campaigns"));
		}

		String get(String path) throws Exception {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}

		@Override
		public void close() throws IOException {
			this.stream.close();
		}

	}

}
