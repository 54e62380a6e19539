package com.adtopaper.settlement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestPrinters;
import com.adtopaper.TestServers;
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
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Document;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.Printers;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Settlement's whole path, as partners, an advertiser and an operator meet it: pages
 * printed through the print pipeline at two partners' printers earn each partner live; a
 * month's printed pages, published as the print pipeline publishes them (one of them
 * twice), become impressions and earnings from the same event; the month closed through
 * the operators' API on two nodes at once gives one statement per partner, whose lines
 * add up and whose revenue is what advertisers were charged for the impressions of the
 * month; an adjustment made after the close lands on the next month, the closed one
 * unchanged; a business partner's payout waits for their tax invoice.
 */
@IntegrationTest
class SettlementWholePathIntegrationTests {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final LocalDate TODAY = LocalDate.now(SEOUL);

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

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
	Statements statements;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void printedAtTwoPartnersLiveThenClosedOnceOnTwoNodesAgreeingWithTheAdvertisersSpend() throws Exception {
		TestAccounts testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		Printer a = printer("정문 복사실");
		Printer b = printer("공대 도서관");
		this.profiles.update(a.partnerId(), new ProfileChange("정문 복사실 주식회사", "220-81-62517", null, null, null));
		long advertiser = this.advertisers
			.invite(TestAccounts.uniqueEmail("advertiser"), TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han",
					"010-1234-5678")
			.accountId();
		Targeting here = new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(a.id(), b.id()), Set.of(),
				Set.of(), Set.of());
		long campaign = this.campaigns
			.create(advertiser,
					new CampaignDraft("Settled coffee " + UUID.randomUUID(), TODAY.minusDays(1), TODAY.plusDays(30),
							1_000_000, 100_000, 20, Priority.REMNANT, 1, 0, here))
			.id();
		long creative = OrangeAds.startWithAnOrangeAd(this.creatives, this.campaigns, this.progress, this.selection,
				advertiser, campaign);
		long member = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD,
					"Printing Member", 2, "Economics", 2024, Gender.FEMALE, 2005))
			.id();
		this.points.grant(member, 1_000, "settlement-path:" + member, "Test points");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member).available() >= 1_000);

		// printed today through the print pipeline: 7 of 10 sides at a, 4 of 6 at b
		String jobA = print(member, a, 10, 7);
		String jobB = print(member, b, 6, 4);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from settlement_printed where job_id in (?, ?)", jobA, jobB) >= 2
					&& count("select count(*) from impressions where job_id in (?, ?)", jobA, jobB) == 11);
		Session partnerA = testAccounts.login(email(a));
		Session partnerB = testAccounts.login(email(b));
		// each partner's earnings today: half (the default share) of what the impressions
		// of their own printer cost
		assertLive(partnerA, 7, spend(jobA) / 2);
		assertLive(partnerB, 4, spend(jobB) / 2);
		for (String job : List.of(jobA, jobB)) {
			assertThat(count("select coalesce(sum(revenue), 0) from settlement_printed where job_id = ?", job))
				.isEqualTo(spend(job));
		}

		// a month's printing, published as the pipeline publishes it; one event twice
		YearMonth month = this.statements.lastClosed().map((m) -> m.plusMonths(1)).orElse(YearMonth.of(2021, 1));
		JobAudience audience = new JobAudience(member, 2, "Economics", 2024, Gender.FEMALE);
		List<PagesPrinted> printed = new ArrayList<>();
		for (int day = 1; day <= 20; day += 3) {
			Instant at = month.atDay(day).atTime(13, 0).atZone(SEOUL).toInstant();
			printed.add(event(a, member, audience, at, 5, 4, campaign, creative, 3_700 + day));
			printed.add(event(b, member, audience, at, 3, 1, campaign, creative, 2_900 + day));
		}
		printed.forEach(this::publish);
		publish(printed.getFirst());
		List<String> monthJobs = printed.stream().map(PagesPrinted::jobId).toList();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("select count(*) from settlement_printed where job_id in (" + marks(monthJobs) + ")",
					monthJobs.toArray()) == printed.size()
					&& count("select count(*) from impressions where job_id in (" + marks(monthJobs) + ")",
							monthJobs.toArray()) == printed.stream().mapToLong((e) -> e.paidSides().size()).sum());

		// closed through the operators' API on this node and a second one, at once
		Session operator = testAccounts.newAccount(Role.ADMIN);
		try (var other = secondNode()) {
			RestTestClient nodeB = RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + ((WebServerApplicationContext) other).getWebServer().getPort())
				.build();
			ExecutorService both = Executors.newFixedThreadPool(2);
			List<Future<Integer>> closes = both.invokeAll(List
				.<Callable<Integer>>of(() -> close(this.client, operator, month), () -> close(nodeB, operator, month)));
			for (Future<Integer> close : closes) {
				assertThat(close.get()).isEqualTo(200);
			}
			both.shutdown();
		}
		assertThat(count("select count(*) from settlement_statements where period = ? and partner_id in (?, ?)",
				month.toString(), a.partnerId(), b.partnerId()))
			.isEqualTo(2);
		Statement statementA = this.statements.get(a.partnerId(), month);
		Statement statementB = this.statements.get(b.partnerId(), month);
		long monthSpend = count("""
				select coalesce(sum(price), 0) from impressions
				where printer_id in (?, ?) and printed_at >= ? and printed_at < ?""", a.id(), b.id(),
				month.atDay(1).atStartOfDay(SEOUL).toLocalDateTime().minusHours(9),
				month.plusMonths(1).atDay(1).atStartOfDay(SEOUL).toLocalDateTime().minusHours(9));
		assertThat(statementA.revenue() + statementB.revenue()).isEqualTo(monthSpend).isPositive();
		for (Statement statement : List.of(statementA, statementB)) {
			assertThat(statement.lines().stream().mapToLong(StatementLine::amount).sum()).isEqualTo(statement.total());
			assertThat(statement.total()).isEqualTo(statement.lines()
				.stream()
				.mapToLong((line) -> line.revenue() * line.shareBps() / 10_000 + line.houseSides() * line.houseFee())
				.sum());
		}
		assertThat(statementA.sides()).isEqualTo(5L * 7);
		assertThat(statementA.paidSides()).isEqualTo(4L * 7);
		assertThat(statementA.houseSides()).isEqualTo(1L * 7);
		// a, a business above the threshold, waits for its tax invoice; b carries forward
		assertThat(statementA.payable()).isEqualTo(statementA.total()).isGreaterThanOrEqualTo(50_000);
		assertThat(statementA.status()).isEqualTo(PayoutStatus.PENDING);
		assertThat(this.statements.move(operator.id(), statementA.id(), PayoutStatus.INVOICE_AWAITED, null).status())
			.isEqualTo(PayoutStatus.INVOICE_AWAITED);
		assertThat(statementB.status()).isEqualTo(PayoutStatus.CARRIED_FORWARD);

		// a correction after the close: on the next month's statement, the closed one as
		// it was
		this.client.post()
			.uri("/api/v1/admin/settlement/adjustments")
			.header(HttpHeaders.AUTHORIZATION, operator.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("partnerId", a.partnerId(), "kind", "DEDUCTION", "amount", -1_234, "reason",
					"Invalid traffic on " + month.atDay(4), "forPeriod", month.toString()))
			.exchange()
			.expectStatus()
			.isCreated();
		assertThat(this.statements.get(a.partnerId(), month)).usingRecursiveComparison()
			.ignoringFields("status", "moves")
			.isEqualTo(statementA);
		this.statements.close(month.plusMonths(1));
		Statement next = this.statements.get(a.partnerId(), month.plusMonths(1));
		assertThat(next.lines()).filteredOn((line) -> line.kind() == LineKind.DEDUCTION)
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.amount()).isEqualTo(-1_234);
				assertThat(line.reason()).contains(month.atDay(4).toString());
				assertThat(line.operatorId()).isEqualTo(operator.id());
			});
	}

	private String print(long member, Printer printer, int pages, int printed) throws IOException {
		Document document = this.documents.upload(member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(pages)));
		PrintJob job = this.jobs.create(member, new JobOptions(document.id(), 1, false, null, null));
		this.jobs.release(member, job.id(), printer.code());
		this.printerJobs.claimNext(printer.id()).orElseThrow();
		this.printerJobs.download(printer.id(), job.id(), new ByteArrayOutputStream());
		this.printerJobs.complete(printer.id(), job.id(), printed);
		return job.id();
	}

	private void assertLive(Session partner, long sides, long earned) {
		this.client.get()
			.uri("/api/v1/partner/earnings")
			.header(HttpHeaders.AUTHORIZATION, partner.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sidesToday")
			.isEqualTo(sides)
			.jsonPath("$.earnedToday")
			.isEqualTo(earned);
	}

	private static int close(RestTestClient node, Session operator, YearMonth month) {
		return node.post()
			.uri("/api/v1/admin/settlement/close")
			.header(HttpHeaders.AUTHORIZATION, operator.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("period", month.toString()))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	/** What the advertiser was charged for a job's impressions. */
	private long spend(String job) {
		return count("select coalesce(sum(price), 0) from impressions where job_id = ?", job);
	}

	private static PagesPrinted event(Printer printer, long member, JobAudience audience, Instant at, int sides,
			int paid, long campaign, long creative, long price) {
		return new PagesPrinted("job-" + UUID.randomUUID(), member, printer.id(), 1, sides, at, audience,
				IntStream.rangeClosed(1, paid)
					.mapToObj((side) -> new PaidSide(side, campaign, creative, price))
					.toList());
	}

	/** Published in a transaction, as the print pipeline does when sides print. */
	private void publish(PagesPrinted event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private long count(String sql, Object... args) {
		Long value = this.jdbc.queryForObject(sql, Long.class, args);
		return (value != null) ? value : 0;
	}

	private static String marks(List<?> values) {
		return String.join(", ", values.stream().map((v) -> "?").toList());
	}

	private Printer printer(String site) {
		return this.printers.get(TestPrinters.onlinePrinter(this.accounts, this.printers, site, 1L, "1층").printerId());
	}

	private String email(Printer printer) {
		return this.accounts.find(printer.partnerId()).orElseThrow().email();
	}

	private static org.springframework.context.ConfigurableApplicationContext secondNode() throws IOException {
		TestServers servers = TestServers.get();
		return new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--server.port=0", "--adtopaper.roles=web",
					"--spring.datasource.url=" + servers.jdbcUrl(TestServers.DATABASE),
					"--spring.datasource.username=root", "--spring.datasource.password=",
					"--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(),
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=" + TestServers.RUN,
					"--adtopaper.queue.prefix=" + TestServers.RUN, "--adtopaper.blobs.store=local",
					"--adtopaper.blobs.local-directory=" + Files.createTempDirectory("other-node-blobs"));
	}

}
