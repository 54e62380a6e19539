package com.adtopaper.appapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printerapi.SignedPrinterClient;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Members' files in production's setup (S3, through S3Mock): in the private bucket, never
 * the public one; read by their member only, uncacheable; a pre-signed link; a job's
 * rendered file deleted once the job has printed.
 */
@IntegrationTest
class PrivateFilesIntegrationTests {

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
	BlobStore publicBlobs;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	TestAccounts testAccounts;

	Session member;

	S3Client s3;

	HttpClient http = SignedPrinterClient.newHttpClient();

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		this.member = this.testAccounts.newAccount(Role.MEMBER);
		this.points.grant(this.member.id(), 1_000, "private-files:" + this.member.id(), "Test points");
		this.s3 = S3Client.builder()
			.region(Region.US_EAST_1)
			.endpointOverride(URI.create(TestServers.s3Endpoint()))
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("s3mock", "s3mock")))
			.build();
	}

	@AfterEach
	void close() {
		this.s3.close();
	}

	@Test
	void aDocumentIsInThePrivateBucketAndOnlyItsMemberReadsItUncached() throws Exception {
		byte[] pdf = Pdfs.text(2);
		long id = upload(this.member, pdf);
		String key = this.jdbc.queryForObject("select blob_key from documents where id = ?", String.class, id);

		HeadObjectResponse head = this.s3.headObject((r) -> r.bucket(TestServers.PRIVATE_BUCKET).key(key));
		assertThat(head.cacheControl()).isEqualTo("private, no-store");
		assertThat(exists(TestServers.BUCKET, key)).isFalse();
		assertThat(this.publicBlobs.get(key)).isEmpty();

		byte[] file = get(this.member, "/api/v1/me/documents/" + id + "/file").expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("private", "no-store"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(file)
			.isEqualTo(this.s3.getObjectAsBytes((r) -> r.bucket(TestServers.PRIVATE_BUCKET).key(key)).asByteArray());

		Session other = this.testAccounts.newAccount(Role.MEMBER);
		get(other, "/api/v1/me/documents/" + id + "/file").expectStatus().isNotFound();
		get(other, "/api/v1/me/documents/" + id + "/link").expectStatus().isNotFound();
		put(other, "/api/v1/me/documents/" + id + "/keep", Map.of("keep", true)).expectStatus().isNotFound();
		for (Role role : new Role[] { Role.ADVERTISER, Role.PARTNER, Role.ADMIN }) {
			Session someone = this.testAccounts.newAccount(role);
			get(someone, "/api/v1/me/documents/" + id + "/file").expectStatus().isForbidden();
			get(someone, "/api/v1/me/documents/" + id + "/link").expectStatus().isForbidden();
			put(someone, "/api/v1/me/documents/" + id + "/keep", Map.of("keep", true)).expectStatus().isForbidden();
		}
		this.client.get().uri("/api/v1/me/documents/" + id + "/file").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/v1/me/documents/" + id + "/link").exchange().expectStatus().isUnauthorized();

		put(this.member, "/api/v1/me/documents/" + id + "/keep", Map.of("keep", true)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.kept")
			.isEqualTo(true)
			.jsonPath("$.deleteAt")
			.doesNotExist();
		assertThat(this.jdbc.queryForObject("select keep_file from documents where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void aPresignedLinkDownloadsTheDocumentFromThePrivateBucketForAFewMinutes() throws Exception {
		byte[] pdf = Pdfs.text(1);
		long id = upload(this.member, pdf);
		JsonNode link = get(this.member, "/api/v1/me/documents/" + id + "/link").expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("no-store"))
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String url = link.get("url").asString();
		assertThat(url).startsWith(TestServers.s3Endpoint() + "/" + TestServers.PRIVATE_BUCKET + "/")
			.contains("X-Amz-Signature=", "X-Amz-Expires=300", "response-cache-control=");
		assertThat(java.time.Instant.parse(link.get("expiresAt").asString()))
			.isBetween(java.time.Instant.now().plusSeconds(240), java.time.Instant.now().plusSeconds(310));

		HttpResponse<byte[]> download = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		String key = this.jdbc.queryForObject("select blob_key from documents where id = ?", String.class, id);
		assertThat(download.body())
			.isEqualTo(this.s3.getObjectAsBytes((r) -> r.bucket(TestServers.PRIVATE_BUCKET).key(key)).asByteArray());
		// S3Mock does not check signatures or expiry (AWS does); the local store's links,
		// which this application checks, are tested for both in
		// LocalPrivateFilesIntegrationTests
	}

	@Test
	void aJobsRenderedFileIsPrivateUntilItPrintsAndThenDeleted() throws Exception {
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		PrinterCredentials printer = this.printers
			.register(this.printers.addSite(partner, "Copy Corner", "Seoul", null), "Front");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		SignedPrinterClient agent = new SignedPrinterClient(this.http, URI.create("http://localhost:" + this.port),
				printer.keyId(), printer.secret());
		long document = upload(this.member, Pdfs.text(3));
		String job = post(this.member, "/api/v1/me/jobs", Map.of("documentId", document)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		post(this.member, "/api/v1/me/jobs/" + job + "/release", Map.of("printerCode", printer.code())).expectStatus()
			.isOk();
		assertThat(agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);
		assertThat(agent.download("/printer/v1/jobs/" + job + "/document").statusCode()).isEqualTo(200);
		String rendered = this.jdbc.queryForObject("select rendered_key from print_jobs where id = ?", String.class,
				job);
		assertThat(exists(TestServers.PRIVATE_BUCKET, rendered)).isTrue();
		assertThat(exists(TestServers.BUCKET, rendered)).isFalse();
		// the printer may download it again until the job ends
		assertThat(agent.download("/printer/v1/jobs/" + job + "/document").statusCode()).isEqualTo(200);

		assertThat(agent.post("/printer/v1/jobs/" + job + "/complete", "{\"pagesPrinted\":3}").statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> !exists(TestServers.PRIVATE_BUCKET, rendered));
		assertThat(agent.download("/printer/v1/jobs/" + job + "/document").statusCode()).isEqualTo(409);
		// the document itself stays for its retention period
		get(this.member, "/api/v1/me/documents/" + document + "/file").expectStatus().isOk();
	}

	@Test
	void aCancelledJobsRenderedFileIsDeletedToo() throws Exception {
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		PrinterCredentials printer = this.printers
			.register(this.printers.addSite(partner, "Copy Corner", "Seoul", null), "Back");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		SignedPrinterClient agent = new SignedPrinterClient(this.http, URI.create("http://localhost:" + this.port),
				printer.keyId(), printer.secret());
		long document = upload(this.member, Pdfs.text(2));
		String job = post(this.member, "/api/v1/me/jobs", Map.of("documentId", document)).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		post(this.member, "/api/v1/me/jobs/" + job + "/release", Map.of("printerCode", printer.code())).expectStatus()
			.isOk();
		assertThat(agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);
		assertThat(agent.download("/printer/v1/jobs/" + job + "/document").statusCode()).isEqualTo(200);
		String rendered = this.jdbc.queryForObject("select rendered_key from print_jobs where id = ?", String.class,
				job);
		assertThat(exists(TestServers.PRIVATE_BUCKET, rendered)).isTrue();

		post(this.member, "/api/v1/me/jobs/" + job + "/cancel", Map.of()).expectStatus().isOk();
		await().atMost(Duration.ofSeconds(20)).until(() -> !exists(TestServers.PRIVATE_BUCKET, rendered));
	}

	private boolean exists(String bucket, String key) {
		try {
			this.s3.headObject((r) -> r.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	private long upload(Session who, byte[] content) {
		return new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors).upload(who,
				"private.pdf", content);
	}

	private RestTestClient.ResponseSpec post(Session who, String uri, Object body) {
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec put(Session who, String uri, Object body) {
		return this.client.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec get(Session who, String uri) {
		return this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, who.bearer()).exchange();
	}

}
