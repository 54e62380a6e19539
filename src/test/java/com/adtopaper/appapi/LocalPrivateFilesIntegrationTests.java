package com.adtopaper.appapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printerapi.SignedPrinterClient;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Members' files in the embedded setup (local folders): the public folder under
 * {@code /blobs/} holds none of them; the owner reads theirs, uncached, through the API
 * and the web site; a signed link works until it expires and not when tampered with.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "adtopaper.blobs.store=local",
		"adtopaper.blobs.local-directory=target/it-local-blobs/public",
		"adtopaper.blobs.private-directory=target/it-local-blobs/private", "adtopaper.printing.link-validity=3s" })
class LocalPrivateFilesIntegrationTests {

	static final Path PUBLIC = Path.of("target/it-local-blobs/public");

	static final Path PRIVATE = Path.of("target/it-local-blobs/private");

	@Autowired
	RestTestClient client;

	@Autowired
	MockMvc mvc;

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

	@LocalServerPort
	int port;

	TestAccounts testAccounts;

	Session member;

	HttpClient http = SignedPrinterClient.newHttpClient();

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification);
		this.member = this.testAccounts.newMember();
		this.points.grant(this.member.id(), 1_000, "local-files:" + this.member.id(), "Test points");
	}

	@Test
	void theOldPublicAddressOfAJobsFileAnswersNothingAndTheFileGoesOnceItPrinted() throws Exception {
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		PrinterCredentials printer = this.printers
			.register(this.printers.addSite(partner, "Copy Corner", "Seoul", null), "Front");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		SignedPrinterClient agent = new SignedPrinterClient(this.http, URI.create("http://localhost:" + this.port),
				printer.keyId(), printer.secret());
		long document = upload(this.member);
		String job = this.client.post()
			.uri("/api/v1/me/jobs")
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("documentId", document))
			.exchange()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		this.client.post()
			.uri("/api/v1/me/jobs/" + job + "/release")
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("printerCode", printer.code()))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);
		assertThat(agent.download("/printer/v1/jobs/" + job + "/document").statusCode()).isEqualTo(200);
		String rendered = this.jdbc.queryForObject("select rendered_key from print_jobs where id = ?", String.class,
				job);
		String documentKey = this.jdbc.queryForObject("select blob_key from documents where id = ?", String.class,
				document);
		assertThat(rendered).isEqualTo("jobs/" + job + ".pdf");
		assertThat(PRIVATE.resolve(rendered)).isRegularFile();
		assertThat(PUBLIC.resolve(rendered)).doesNotExist();
		assertThat(PUBLIC.resolve(documentKey)).doesNotExist();

		for (String key : List.of(rendered, documentKey)) {
			this.client.get()
				.uri("/blobs/" + key)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).doesNotContain("public"));
			// nor through the signed-link route without a signature
			this.client.get().uri("/private-blobs/" + key).exchange().expectStatus().isNotFound();
		}

		assertThat(agent.post("/printer/v1/jobs/" + job + "/complete", "{\"pagesPrinted\":1}").statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(PRIVATE.resolve(rendered)));
		assertThat(PRIVATE.resolve(documentKey)).isRegularFile();
	}

	@Test
	void aSignedLinkWorksUntilItExpiresAndNotWhenTamperedWith() throws Exception {
		long document = upload(this.member);
		String documentKey = this.jdbc.queryForObject("select blob_key from documents where id = ?", String.class,
				document);
		String url = this.client.get()
			.uri("/api/v1/me/documents/" + document + "/link")
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("url")
			.asString();
		assertThat(url).startsWith("/private-blobs/" + documentKey + "?");

		byte[] file = this.client.get()
			.uri(URI.create(url))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("private", "no-store"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(file).isEqualTo(Files.readAllBytes(PRIVATE.resolve(documentKey)));

		String signature = url.substring(url.indexOf("signature=") + "signature=".length());
		String tampered = url.substring(0, url.indexOf("signature=")) + "signature="
				+ ((signature.charAt(0) == 'A') ? 'B' : 'A') + signature.substring(1);
		this.client.get().uri(URI.create(tampered)).exchange().expectStatus().isNotFound();
		String later = url.replaceFirst("expires=(\\d+)", "expires=9999999999");
		this.client.get().uri(URI.create(later)).exchange().expectStatus().isNotFound();

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.client.get()
				.uri(URI.create(url))
				.exchange()
				.returnResult(byte[].class)
				.getStatus()
				.value() == 404);
	}

	@Test
	void onTheWebSiteAMemberDownloadsAndKeepsTheirOwnDocumentsOnly() throws Exception {
		long document = upload(this.member);
		Cookie mine = login(this.member.email());
		Session other = this.testAccounts.newAccount(Role.MEMBER);
		Cookie others = login(other.email());
		Cookie advertiser = login(this.testAccounts.newAccount(Role.ADVERTISER).email());

		this.client.get()
			.uri("/print/documents/" + document + "/file")
			.cookie("SESSION", mine.getValue())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("private", "no-store"));
		this.client.get()
			.uri("/print/documents/" + document + "/file")
			.cookie("SESSION", others.getValue())
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/print/documents/" + document + "/file")
			.cookie("SESSION", advertiser.getValue())
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get().uri("/print/documents/" + document + "/file").exchange().expectStatus().is3xxRedirection();

		this.mvc
			.perform(post("/print/documents/" + document + "/keep").param("keep", "true").cookie(others).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(
				post("/print/documents/" + document + "/keep").param("keep", "true").cookie(advertiser).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select keep_file from documents where id = ?", Boolean.class, document))
			.isFalse();
		this.mvc.perform(post("/print/documents/" + document + "/keep").param("keep", "true").cookie(mine).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select keep_file from documents where id = ?", Boolean.class, document))
			.isTrue();

		this.mvc.perform(get("/print").cookie(mine))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("선택하지 않으면 7일 후 삭제됩니다")));
		this.mvc.perform(get("/print").cookie(mine).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.containsString("Documents are deleted after 7 days unless you keep them")));
	}

	private Cookie login(String email) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private long upload(Session who) {
		return new TestAccounts(this.client, this.accounts, this.verification).upload(who, "notes.pdf", Pdfs.text(1));
	}

}
