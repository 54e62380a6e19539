package com.adtopaper.appapi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's printing through the app's API: upload, job, preview, release, cancel;
 * refusals say what is wrong and leave nothing; nobody reaches another member's jobs.
 */
@IntegrationTest
class PrintApiIntegrationTests {

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
	JdbcTemplate jdbc;

	@Autowired
	PrinterJobs printerJobs;

	@Autowired
	JsonMapper json;

	TestAccounts testAccounts;

	Session member;

	PrinterCredentials printer;

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		this.member = this.testAccounts.newAccount(Role.MEMBER);
		this.points.grant(this.member.id(), 1_000, "print-api:" + this.member.id(), "Test points");
		this.printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "Copy Corner", null, "Front");
	}

	@Test
	void aMemberUploadsPrintsPreviewsAndReleases() {
		JsonNode document = upload(this.member, "lecture.pdf", Pdfs.text(4)).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(document.get("pages").asInt()).isEqualTo(4);
		assertThat(document.get("filename").asString()).isEqualTo("lecture.pdf");

		JsonNode job = post(this.member, "/api/v1/me/jobs",
				Map.of("documentId", document.get("id").asLong(), "copies", 2, "firstPage", 2, "lastPage", 3))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(job.get("sides").asInt()).isEqualTo(4);
		assertThat(job.get("status").asString()).isEqualTo("HELD");
		assertThat(job.get("releaseCode").asString()).hasSize(6);
		assertThat(this.points.balance(this.member.id())).isEqualTo(new Balance(960, 40));
		String jobUri = "/api/v1/me/jobs/" + job.get("id").asString();

		byte[] preview = get(this.member, jobUri + "/preview/1").expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(preview).startsWith(0x89, 'P', 'N', 'G');
		get(this.member, jobUri + "/preview/4").expectStatus().isBadRequest();

		post(this.member, jobUri + "/release", Map.of("printerCode", this.printer.code().toLowerCase())).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("RELEASED")
			.jsonPath("$.printerId")
			.isEqualTo(this.printer.printerId());
		get(this.member, "/api/v1/me/jobs").expectBody().jsonPath("$.items[0].id").isEqualTo(job.get("id").asString());

		post(this.member, jobUri + "/cancel", Map.of()).expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
		assertThat(this.points.balance(this.member.id())).isEqualTo(new Balance(1_000, 0));
	}

	@Test
	void aFailedJobSaysWhyInTheMembersLanguageAndNeverInThePrintersWords() {
		long document = upload(this.member, "lecture.pdf", Pdfs.text(2)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		String id = post(this.member, "/api/v1/me/jobs", Map.of("documentId", document)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		post(this.member, "/api/v1/me/jobs/" + id + "/release", Map.of("printerCode", this.printer.code()))
			.expectStatus()
			.isOk();
		assertThat(this.printerJobs.claimNext(this.printer.printerId()))
			.hasValueSatisfying((job) -> assertThat(job.id()).isEqualTo(id));
		this.printerJobs.fail(this.printer.printerId(), id, 0, "PAPER_JAM", "The printer aborted the job (media-jam)");

		String korean = get(this.member, "/api/v1/me/jobs/" + id).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(korean).doesNotContain("media-jam").doesNotContain("aborted");
		JsonNode job = this.json.readTree(korean);
		assertThat(job.get("failureReason").asString()).isEqualTo("PAPER_JAM");
		assertThat(job.get("failureMessage").asString()).isEqualTo("프린터에 용지가 걸렸어요.");
		assertThat(job.has("failure")).isFalse();

		this.client.get()
			.uri("/api/v1/me/jobs")
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,ko;q=0.5")
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].failureReason")
			.isEqualTo("PAPER_JAM")
			.jsonPath("$.items[0].failureMessage")
			.isEqualTo("The paper jammed in the printer.")
			.jsonPath("$.items[0].failure")
			.doesNotExist();
		this.client.get()
			.uri("/api/v1/me/jobs/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, not a language;;")
			.exchange()
			.expectBody()
			.jsonPath("$.failureMessage")
			.isEqualTo("프린터에 용지가 걸렸어요.");
	}

	@Test
	void aMemberWhoHasNotVerifiedTheirSchoolCannotPrint() {
		Session unverified = this.testAccounts.newUnverifiedMember();
		this.points.grant(unverified.id(), 1_000, "print-api:" + unverified.id(), "Test points");
		long document = upload(unverified, "lecture.pdf", Pdfs.text(1)).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		int jobs = count("print_jobs");

		post(unverified, "/api/v1/me/jobs", Map.of("documentId", document, "copies", 1), "en").expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).contains("Verify your school e-mail"));
		post(unverified, "/api/v1/me/jobs", Map.of("documentId", document, "copies", 1)).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).startsWith("먼저 학교 이메일 주소를 인증하세요"));
		post(unverified, "/api/v1/me/jobs/" + java.util.UUID.randomUUID() + "/release",
				Map.of("printerCode", this.printer.code()))
			.expectStatus()
			.isForbidden();
		assertThat(count("print_jobs")).isEqualTo(jobs);
		assertThat(this.points.balance(unverified.id())).isEqualTo(new Balance(1_000, 0));

		this.verification.confirmSchool(unverified.id());
		post(unverified, "/api/v1/me/jobs", Map.of("documentId", document, "copies", 1)).expectStatus().isCreated();
	}

	@Test
	void refusedUploadsAndJobsSayWhyAndKeepNothing() {
		int documents = count("documents");
		upload(this.member, "thesis.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("file")
			.jsonPath("$.detail")
			.isEqualTo("이 파일은 이름과 달리 PDF가 아닙니다.");
		byte[] truncated = Pdfs.text(3);
		upload(this.member, "cut.pdf", java.util.Arrays.copyOf(truncated, truncated.length / 2)).expectStatus()
			.isBadRequest();
		assertThat(count("documents")).isEqualTo(documents);

		long documentId = upload(this.member, "ok.pdf", Pdfs.text(2)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		post(this.member, "/api/v1/me/jobs", Map.of("documentId", documentId, "copies", 0)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("copies");
		post(this.member, "/api/v1/me/jobs", Map.of("documentId", documentId, "lastPage", 9)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("lastPage")
			.jsonPath("$.detail")
			.isEqualTo("마지막 쪽은 1쪽부터 2쪽 사이여야 합니다.");
		post(this.member, "/api/v1/me/jobs", Map.of("documentId", documentId, "lastPage", 9), "en").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The last page must be from 1 to 2.");
		long sixPages = upload(this.member, "six.pdf", Pdfs.text(6)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		// 20 copies of 6 pages: 1,200 points of the 1,000 there are
		post(this.member, "/api/v1/me/jobs", Map.of("documentId", sixPages, "copies", 20, "duplex", true), "en")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Not enough points: 1200 needed, 1000 available.");
		assertThat(this.points.balance(this.member.id())).isEqualTo(new Balance(1_000, 0));
		assertThat(this.jdbc.queryForObject("select count(*) from print_jobs where member_id = ?", Integer.class,
				this.member.id()))
			.isZero();
	}

	@Test
	void anotherMembersDocumentsAndJobsAreNotFoundAndOtherRolesAreRefused() {
		long documentId = upload(this.member, "mine.pdf", Pdfs.text(1)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		String jobId = post(this.member, "/api/v1/me/jobs", Map.of("documentId", documentId)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		Session other = this.testAccounts.newAccount(Role.MEMBER);
		this.points.grant(other.id(), 100, "print-api-other:" + other.id(), "Test points");
		get(other, "/api/v1/me/documents/" + documentId).expectStatus().isNotFound();
		post(other, "/api/v1/me/jobs", Map.of("documentId", documentId)).expectStatus().isNotFound();
		get(other, "/api/v1/me/jobs/" + jobId).expectStatus().isNotFound();
		get(other, "/api/v1/me/jobs/" + jobId + "/preview/1").expectStatus().isNotFound();
		post(other, "/api/v1/me/jobs/" + jobId + "/release", Map.of("printerCode", this.printer.code())).expectStatus()
			.isNotFound();
		post(other, "/api/v1/me/jobs/" + jobId + "/cancel", Map.of()).expectStatus().isNotFound();
		get(other, "/api/v1/me/jobs").expectBody().jsonPath("$.totalItems").isEqualTo(0);

		for (Role role : new Role[] { Role.ADVERTISER, Role.PARTNER, Role.ADMIN }) {
			Session someone = this.testAccounts.newAccount(role);
			get(someone, "/api/v1/me/jobs").expectStatus().isForbidden();
			upload(someone, "x.pdf", Pdfs.text(1)).expectStatus().isForbidden();
		}
		this.client.get().uri("/api/v1/me/jobs/" + jobId).exchange().expectStatus().isUnauthorized();
		assertThat(this.jdbc.queryForObject("select status from print_jobs where id = ?", String.class, jobId))
			.isEqualTo("HELD");
	}

	@Test
	void aMemberListsThePrintersAtTheirSchoolOrAnotherWithTheirSiteAndWhetherTheyCanPrint() {
		Session student = this.testAccounts.newMember(); // of school 1
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("campus-partner"), TestAccounts.PASSWORD, "Campus", Role.PARTNER)
			.id();
		String library = "Library " + student.id();
		long librarySite = this.printers.addSite(partner, library, "Seoul", 1L);
		PrinterCredentials ready = this.printers.register(librarySite, "B1 east");
		this.printers.report(ready.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		PrinterCredentials jammed = this.printers.register(librarySite, "B1 west");
		this.printers.report(jammed.printerId(),
				new PrinterStatus(PrinterState.ERROR, Supply.OK, Supply.LOW, List.of("paper-jam")));
		PrinterCredentials elsewhere = this.printers
			.register(this.printers.addSite(partner, "Other campus " + student.id(), "Busan", 2L), "Lobby");

		JsonNode mine = get(student, "/api/v1/me/printers").expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		List<String> codes = mine.valueStream().map((printer) -> printer.get("code").asString()).toList();
		assertThat(codes).contains(ready.code(), jammed.code()).doesNotContain(elsewhere.code(), this.printer.code());
		JsonNode east = mine.valueStream()
			.filter((printer) -> printer.get("code").asString().equals(ready.code()))
			.findFirst()
			.orElseThrow();
		assertThat(east.get("site").asString()).isEqualTo(library);
		assertThat(east.get("name").asString()).isEqualTo("B1 east");
		assertThat(east.get("available").asBoolean()).isTrue();
		assertThat(east.has("partnerId")).isFalse();
		JsonNode west = mine.valueStream()
			.filter((printer) -> printer.get("code").asString().equals(jammed.code()))
			.findFirst()
			.orElseThrow();
		assertThat(west.get("available").asBoolean()).isFalse();
		assertThat(west.at("/status/errors/0").asString()).isEqualTo("paper-jam");

		get(student, "/api/v1/me/printers?school=2").expectBody()
			.jsonPath("$[?(@.code == '%s')].site".formatted(elsewhere.code()))
			.isEqualTo("Other campus " + student.id());
		get(student, "/api/v1/me/printers?school=987654").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("schoolId");
		get(student, "/api/v1/me/printers?school=abc").expectStatus().isBadRequest();
		for (Role role : new Role[] { Role.ADVERTISER, Role.PARTNER, Role.ADMIN }) {
			get(this.testAccounts.newAccount(role), "/api/v1/me/printers").expectStatus().isForbidden();
		}
		this.client.get().uri("/api/v1/me/printers").exchange().expectStatus().isUnauthorized();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private RestTestClient.ResponseSpec upload(Session who, String filename, byte[] content) {
		var parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.APPLICATION_PDF);
		return this.client.post()
			.uri("/api/v1/me/documents")
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build())
			.exchange();
	}

	private RestTestClient.ResponseSpec post(Session who, String uri, Object body) {
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/** As the app posts it with the member's language ({@code Accept-Language}). */
	private RestTestClient.ResponseSpec post(Session who, String uri, Object body, String language) {
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec get(Session who, String uri) {
		return this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, who.bearer()).exchange();
	}

}
