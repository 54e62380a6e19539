package com.adtopaper.platform;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * The bad input that reached a 500 (issue 12): each is now a 4xx problem detail, and
 * nothing of it is stored, as the database shows.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HostileInputFixesIntegrationTests {

	/** 30 Hangul syllables: 30 characters, within {@code @Size}, but 90 bytes. */
	static final String HANGUL_PASSWORD = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노";

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Points points;

	@Autowired
	Printers printers;

	@Autowired
	Advertisers advertisers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	TestAccounts testAccounts;

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
	}

	@Test
	void aPasswordOverBcryptsSeventyTwoBytesIsRefusedAndNoAccountMade() {
		assertThat(HANGUL_PASSWORD.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		String email = TestAccounts.uniqueEmail("hangul");
		var registration = new LinkedHashMap<>(TestAccounts.registration(email));
		registration.put("password", HANGUL_PASSWORD);
		this.client.post()
			.uri("/api/v1/members")
			.contentType(MediaType.APPLICATION_JSON)
			.body(registration)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
		assertThat(accountsWith(email)).isZero();

		Session admin = this.testAccounts.newAccount(Role.ADMIN);
		String invited = TestAccounts.uniqueEmail("invited");
		post(admin, "/api/v1/admin/advertisers", Map.of("email", invited, "password", HANGUL_PASSWORD, "company",
				"Company", "contactName", "Contact", "contactPhone", "010-0000-0000"))
			.expectStatus()
			.isBadRequest();
		assertThat(accountsWith(invited)).isZero();
	}

	@Test
	void theSignUpPageRefusesAPasswordOverSeventyTwoBytesToo() throws Exception {
		String email = TestAccounts.uniqueEmail("hangul-page");
		int status = this.mvc
			.perform(MockMvcRequestBuilders.post("/signup")
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("email", email)
				.param("password", HANGUL_PASSWORD)
				.param("name", "Web Member")
				.param("schoolId", "2")
				.param("major", "Economics")
				.param("admissionYear", "2023")
				.param("gender", "MALE")
				.param("birthYear", "2004"))
			.andReturn()
			.getResponse()
			.getStatus();
		// the form again with the error, as a 400, as for any invalid field
		assertThat(status).isEqualTo(400);
		assertThat(accountsWith(email)).isZero();
	}

	@Test
	void aPageNumberWhoseOffsetOverflowsIsRefused() {
		Session member = this.testAccounts.newMember();
		for (String route : List.of("/api/v1/me/points/history", "/api/v1/me/jobs")) {
			get(member, route + "?page=2147483647").expectStatus().isBadRequest();
			get(member, route + "?page=100000").expectStatus().isOk();
		}
	}

	@Test
	void campaignDatesNoDatabaseHoldsAndTooMuchTargetingAreRefusedAndNothingStored() {
		Session advertiser = advertiser();
		for (String[] dates : List.of(new String[] { "2027-01-01", "+999999999-12-31" },
				new String[] { "-999999999-01-01", "2027-01-01" }, new String[] { "2027-01-01", "3000-01-01" })) {
			var campaign = campaign();
			campaign.put("startsOn", dates[0]);
			campaign.put("endsOn", dates[1]);
			post(advertiser, "/api/v1/advertiser/campaigns", campaign).expectStatus().isBadRequest();
		}
		var many = campaign();
		many.put("targeting", Map.of("majors", IntStream.range(0, 5_000).mapToObj((i) -> "전공" + i).toList()));
		post(advertiser, "/api/v1/advertiser/campaigns", many).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("targeting");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM campaigns c JOIN advertisers a ON a.id = c.advertiser_id WHERE a.account_id = ?",
				Long.class, advertiser.id()))
			.isZero();

		long id = post(advertiser, "/api/v1/advertiser/campaigns", campaign()).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		var later = campaign();
		later.put("endsOn", "+999999999-12-31");
		put(advertiser, "/api/v1/advertiser/campaigns/" + id, later).expectStatus().isBadRequest();
		assertThat(this.jdbc.queryForObject("SELECT ends_on FROM campaigns WHERE id = ?", LocalDate.class, id))
			.isEqualTo(LocalDate.parse((String) campaign().get("endsOn")));
	}

	@Test
	void aReportOrExportRefusedIsAProblemDetailNotACutOffFile() throws Exception {
		Session advertiser = advertiser();
		long id = post(advertiser, "/api/v1/advertiser/campaigns", campaign()).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		var session = this.mvc.perform(formLogin().user(advertiser.email()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		for (String query : List.of("by=all&from=2027-01-01&to=2028-01-01", "by=all&to=2026-01-01&from=2027-01-01",
				"by=day&to=+999999999-12-31", "by=hour&day=-999999999-01-01", "by=all&from=+999999999-12-31")) {
			var request = MockMvcRequestBuilders.get("/advertiser/campaigns/" + id + "/report.csv").cookie(session);
			for (String pair : query.split("&")) {
				request.param(pair.split("=")[0], pair.split("=")[1]);
			}
			var response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(400);
			assertThat(response.getContentType()).as(query).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
	}

	@Test
	void aBrokenMultipartIsABadRequestAndANulInAFileNameIsDropped() {
		Session member = this.testAccounts.newMember();
		for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=b")) {
			this.client.post()
				.uri("/api/v1/me/documents")
				.header("Authorization", member.bearer())
				.header("Content-Type", contentType)
				.body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.")
				.exchange()
				.expectStatus()
				.isBadRequest();
		}
		assertThat(documentsOf(member)).isZero();

		// Tomcat refuses a NUL in a part's file name; that is a bad request too
		this.client.post()
			.uri("/api/v1/me/documents")
			.header("Authorization", member.bearer())
			.header("Content-Type", "multipart/form-data; boundary=b")
			.body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n"
					+ "Content-Type: application/pdf\r\n\r\n" + new String(Pdfs.text(1), StandardCharsets.ISO_8859_1)
					+ "\r\n--b--\r\n")
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(documentsOf(member)).isZero();

		var parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(Pdfs.text(1)) {
			@Override
			public String getFilename() {
				return "C:\\notes\\lec\u0007ture\u202E.pdf";
			}
		}).contentType(MediaType.APPLICATION_PDF);
		this.client.post()
			.uri("/api/v1/me/documents")
			.header("Authorization", member.bearer())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.filename")
			.isEqualTo("lecture.pdf");
	}

	@Test
	void fractionalNumbersAreRefusedNotRoundedAndNoJobMade() {
		Session member = this.testAccounts.newMember();
		this.points.grant(member.id(), 100, "hostile:" + member.id(), "Test points");
		long document = upload(member);
		post(member, "/api/v1/me/jobs", Map.of("documentId", document, "copies", 2.5)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("copies");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM print_jobs WHERE member_id = ?", Long.class,
				member.id()))
			.isZero();
	}

	@Test
	void aSiteAtASchoolThatDoesNotExistIsRefusedAndNotStored() {
		Session admin = this.testAccounts.newAccount(Role.ADMIN);
		long partner = this.testAccounts.newAccount(Role.PARTNER).id();
		post(admin, "/api/v1/admin/sites",
				Map.of("partnerId", partner, "name", "Nowhere Hall", "region", "Seoul", "schoolId", 987_654_321))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("schoolId");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM partner_sites WHERE partner_id = ?", Long.class,
				partner))
			.isZero();
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotAServerError() {
		this.client.get().uri("/error").exchange().expectStatus().isNotFound();
		this.client.get().uri("/error").header("Accept", "text/html").exchange().expectStatus().isNotFound();
	}

	@Test
	void concurrentCancelsOfOneJobAreOneCancelAndConflictsNeverAServerError() throws Exception {
		Session member = this.testAccounts.newMember();
		this.points.grant(member.id(), 100, "hostile:" + member.id(), "Test points");
		Balance before = this.points.balance(member.id());
		long document = upload(member);
		for (int round = 0; round < 3; round++) {
			String job = post(member, "/api/v1/me/jobs", Map.of("documentId", document)).expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody()
				.get("id")
				.asString();
			List<Integer> statuses = concurrently(8,
					() -> post(member, "/api/v1/me/jobs/" + job + "/cancel", Map.of()).returnResult()
						.getStatus()
						.value());
			// one cancels; the others find it changed (409) or already cancelled (422)
			assertThat(statuses).allMatch((status) -> status == 200 || status == 409 || status == 422);
			assertThat(statuses).contains(200);
		}
		// every hold returned once: the points are where they started
		assertThat(this.points.balance(member.id())).isEqualTo(before);
	}

	@Test
	void concurrentReleasesAndCompletesOfOneJobAreNeverAServerError() throws Exception {
		Session member = this.testAccounts.newMember();
		this.points.grant(member.id(), 100, "hostile:" + member.id(), "Test points");
		long partner = this.testAccounts.newAccount(Role.PARTNER).id();
		PrinterCredentials printer = this.printers.register(this.printers.addSite(partner, "Race Hall", "Seoul", null),
				"Race 1F");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		String code = this.printers.get(printer.printerId()).code();
		var agent = new com.adtopaper.printerapi.SignedPrinterClient(
				com.adtopaper.printerapi.SignedPrinterClient.newHttpClient(),
				java.net.URI.create("http://localhost:" + this.port()), printer.keyId(), printer.secret());
		long document = upload(member);
		String job = post(member, "/api/v1/me/jobs", Map.of("documentId", document)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		long held = this.points.balance(member.id()).held();
		long available = this.points.balance(member.id()).available() + held;
		assertThat(held).isPositive();
		List<Integer> releases = concurrently(8,
				() -> post(member, "/api/v1/me/jobs/" + job + "/release", Map.of("printerCode", code)).returnResult()
					.getStatus()
					.value());
		assertThat(releases).allMatch((status) -> status < 500).contains(200);
		assertThat(agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);
		List<Integer> completes = concurrently(8,
				() -> agent.post("/printer/v1/jobs/" + job + "/complete", "{\"pagesPrinted\":1}").statusCode());
		assertThat(completes).allMatch((status) -> status < 500).contains(200);
		assertThat(this.jdbc.queryForObject("SELECT status FROM print_jobs WHERE id = ?", String.class, job))
			.isEqualTo("COMPLETED");
		// the one page charged once, the hold gone
		assertThat(this.points.balance(member.id())).isEqualTo(new Balance(available - held, 0));

		assertThat(agent.post("/printer/v1/jobs/" + job + "/complete", "{\"pagesPrinted\":1.5}").statusCode())
			.isEqualTo(400);
	}

	// --- helpers

	@Autowired
	org.springframework.core.env.Environment environment;

	private int port() {
		return Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
	}

	private static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
		var start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

	private Session advertiser() {
		String email = TestAccounts.uniqueEmail("hostile-advertiser");
		this.advertisers.invite(email, TestAccounts.PASSWORD, "Hostile Ads", "Contact", "010-0000-0000");
		return this.testAccounts.login(email);
	}

	private long accountsWith(String email) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM accounts WHERE email = ?", Long.class, email);
	}

	private long documentsOf(Session member) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM documents WHERE member_id = ?", Long.class, member.id());
	}

	private long upload(Session member) {
		return new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors).upload(member,
				"one.pdf", Pdfs.text(1));
	}

	private static Map<String, Object> campaign() {
		var campaign = new LinkedHashMap<String, Object>();
		campaign.put("name", "Hostile");
		campaign.put("startsOn", LocalDate.now().plusDays(1).toString());
		campaign.put("endsOn", LocalDate.now().plusDays(30).toString());
		campaign.put("totalBudget", 100_000);
		campaign.put("dailyBudget", 10_000);
		campaign.put("pricePerPage", 100);
		campaign.put("priority", "REMNANT");
		return campaign;
	}

	private RestTestClient.ResponseSpec get(Session session, String uri) {
		return this.client.get().uri(uri).header("Authorization", session.bearer()).exchange();
	}

	private RestTestClient.ResponseSpec post(Session session, String uri, Object body) {
		return this.client.post()
			.uri(uri)
			.header("Authorization", session.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec put(Session session, String uri, Object body) {
		return this.client.put()
			.uri(uri)
			.header("Authorization", session.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}
