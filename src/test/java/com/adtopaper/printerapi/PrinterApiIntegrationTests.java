package com.adtopaper.printerapi;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.PrintingExceptions.PrinterUnavailable;
import com.adtopaper.member.SecondFactors;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The printer API as a printer's agent speaks it (docs/printer-api.md): signed requests
 * only, a poll answered as soon as a job is released, each job to exactly one poll, the
 * document as it prints, reports only forward, release codes throttled; and the
 * operators' registration of sites and printers.
 */
@IntegrationTest
class PrinterApiIntegrationTests {

	static final PrinterStatus READY = new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of());

	static final String ONLINE = "{\"state\":\"ONLINE\",\"paper\":\"OK\",\"toner\":\"LOW\",\"errors\":[]}";

	static final String JAMMED = "{\"state\":\"ERROR\",\"paper\":\"OK\",\"toner\":\"OK\",\"errors\":[\"PAPER_JAM\"]}";

	@LocalServerPort
	int port;

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
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Autowired
	Printers printers;

	@Autowired
	JsonMapper json;

	HttpClient http = SignedPrinterClient.newHttpClient();

	long member;

	long site;

	PrinterCredentials printer;

	PrinterCredentials otherPrinter;

	SignedPrinterClient agent;

	SignedPrinterClient otherAgent;

	@BeforeEach
	void memberAndPrinters() {
		this.member = this.accounts
			.create(TestAccounts.uniqueEmail("printerapi"), TestAccounts.PASSWORD, "Printer API User", Role.MEMBER)
			.id();
		this.points.grant(this.member, 1_000, "test-grant:" + this.member, "Test points");
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		this.site = this.printers.addSite(partner, "Student Union", "Seoul", 1L);
		this.printer = readyPrinter("Union 1F");
		this.otherPrinter = readyPrinter("Union 2F");
		this.agent = agent(this.printer);
		this.otherAgent = agent(this.otherPrinter);
	}

	@Test
	void aSignedHeartbeatIsTheCurrentStatus() throws Exception {
		HttpResponse<String> response = this.agent.post("/printer/v1/heartbeat", JAMMED);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("code").asString()).isEqualTo(this.printer.code());
		assertThat(body.get("status").get("state").asString()).isEqualTo("ERROR");
		assertThat(this.printers.get(this.printer.printerId()).status().errors()).containsExactly("PAPER_JAM");

		HttpResponse<String> invalid = this.agent.post("/printer/v1/heartbeat",
				"{\"state\":\"ASLEEP\",\"paper\":\"OK\",\"toner\":\"OK\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(invalid.body()).get("errors").get(0).get("field").asString()).isEqualTo("state");
	}

	@Test
	void requestsNotSignedRightAreRefusedAndChangeNothing() throws Exception {
		Instant seen = this.printers.get(this.printer.printerId()).lastSeen();
		long now = Instant.now().getEpochSecond();
		byte[] jammed = JAMMED.getBytes(StandardCharsets.UTF_8);

		var unknownKey = new SignedPrinterClient(this.http, base(), "no-such-key-0000", this.printer.secret());
		HttpResponse<String> unknown = unknownKey.post("/printer/v1/heartbeat", JAMMED);
		assertRefused(unknown, "signature does not match");
		var othersSecret = new SignedPrinterClient(this.http, base(), this.printer.keyId(), this.otherPrinter.secret());
		HttpResponse<String> wrongSecret = othersSecret.post("/printer/v1/heartbeat", JAMMED);
		assertRefused(wrongSecret, "signature does not match");
		// an outsider cannot tell a key that exists from one that does not
		assertThat(this.json.readTree(unknown.body()).get("detail"))
			.isEqualTo(this.json.readTree(wrongSecret.body()).get("detail"));
		byte[] online = ONLINE.getBytes(StandardCharsets.UTF_8);
		assertRefused(this.agent.send(this.agent.signed("POST", "/printer/v1/heartbeat", online, jammed, now,
				SignedPrinterClient.newNonce())), "signature does not match");
		assertRefused(this.agent.send(
				this.agent.request("POST", "/printer/v1/heartbeat", JAMMED, now - 360, SignedPrinterClient.newNonce())),
				"from the server's clock");
		assertRefused(this.agent.send(
				this.agent.request("POST", "/printer/v1/heartbeat", JAMMED, now + 360, SignedPrinterClient.newNonce())),
				"from the server's clock");
		var unsigned = this.http.send(java.net.http.HttpRequest.newBuilder(base().resolve("/printer/v1/heartbeat"))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(JAMMED))
			.header("Content-Type", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertRefused(unsigned, "not signed");
		Session member = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors)
			.newMember();
		var bearer = this.http.send(java.net.http.HttpRequest.newBuilder(base().resolve("/printer/v1/heartbeat"))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(JAMMED))
			.header("Content-Type", "application/json")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertRefused(bearer, "not signed");
		Printer unchanged = this.printers.get(this.printer.printerId());
		assertThat(unchanged.status().state()).isEqualTo(PrinterState.ONLINE);
		assertThat(unchanged.lastSeen()).isEqualTo(seen);

		var once = this.agent.request("POST", "/printer/v1/heartbeat", ONLINE, now, SignedPrinterClient.newNonce());
		assertThat(this.agent.send(once).statusCode()).isEqualTo(200);
		Instant afterFirst = this.printers.get(this.printer.printerId()).lastSeen();
		Thread.sleep(20);
		assertRefused(this.agent.send(once), "nonce was used already");
		assertThat(this.printers.get(this.printer.printerId()).lastSeen()).isEqualTo(afterFirst);
	}

	@Test
	void aPollIsAnsweredAsSoonAsAJobIsReleasedAndWith204WhenNoneIs() throws Exception {
		PrintJob job = newJob(2);
		long start = System.nanoTime();
		CompletableFuture<HttpResponse<String>> poll = this.agent.getAsync("/printer/v1/jobs/next?wait=20");
		try (var releaser = Executors.newSingleThreadScheduledExecutor()) {
			releaser.schedule(() -> this.jobs.release(this.member, job.id(), this.printer.code()), 1, TimeUnit.SECONDS);
			HttpResponse<String> answer = poll.get(20, TimeUnit.SECONDS);
			Duration waited = Duration.ofNanos(System.nanoTime() - start);
			assertThat(answer.statusCode()).isEqualTo(200);
			JsonNode claimed = this.json.readTree(answer.body());
			assertThat(claimed.get("id").asString()).isEqualTo(job.id());
			assertThat(claimed.get("status").asString()).isEqualTo("CLAIMED");
			assertThat(claimed.get("documentUrl").asString()).isEqualTo("/printer/v1/jobs/" + job.id() + "/document");
			// answered by the release, not by the end of the wait
			assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(10));
		}
		HttpResponse<String> none = this.agent.get("/printer/v1/jobs/next?wait=1");
		assertThat(none.statusCode()).isEqualTo(204);
		assertThat(this.agent.get("/printer/v1/jobs/next?wait=26").statusCode()).isEqualTo(400);
	}

	@Test
	void ofTwentyPrintersPollingOnlyTheJobsPrinterGetsItAndOfItsTwentyPollsOnlyOne() throws Exception {
		List<PrinterCredentials> twenty = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			twenty.add(readyPrinter("Hall " + i));
		}
		PrinterCredentials chosen = twenty.get(7);
		PrintJob first = newJob(1);
		List<CompletableFuture<HttpResponse<String>>> polls = new ArrayList<>();
		for (PrinterCredentials each : twenty) {
			polls.add(agent(each).getAsync("/printer/v1/jobs/next?wait=4"));
		}
		Thread.sleep(1_000);
		this.jobs.release(this.member, first.id(), chosen.code());
		List<Integer> statuses = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> poll : polls) {
			statuses.add(poll.get(20, TimeUnit.SECONDS).statusCode());
		}
		assertThat(statuses.indexOf(200)).isEqualTo(7);
		assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 204);

		PrintJob second = newJob(1);
		SignedPrinterClient chosenAgent = agent(chosen);
		polls.clear();
		for (int i = 0; i < 20; i++) {
			polls.add(chosenAgent.getAsync("/printer/v1/jobs/next?wait=4"));
		}
		Thread.sleep(1_000);
		this.jobs.release(this.member, second.id(), chosen.code());
		List<String> claimed = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> poll : polls) {
			HttpResponse<String> answer = poll.get(20, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).isIn(200, 204);
			if (answer.statusCode() == 200) {
				claimed.add(this.json.readTree(answer.body()).get("id").asString());
			}
		}
		assertThat(claimed).containsExactly(second.id());
	}

	@Test
	void aJobPrintsSevenOfTenSidesReportedForwardOnlyAndThreeGoBack() throws Exception {
		PrintJob job = newJob(10);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(900, 100));
		this.jobs.release(this.member, job.id(), this.printer.code());
		HttpResponse<String> next = this.agent.get("/printer/v1/jobs/next?wait=0");
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(next.body()).get("sides").asInt()).isEqualTo(10);

		HttpResponse<byte[]> pdf = this.agent.download("/printer/v1/jobs/" + job.id() + "/document");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PDF_VALUE);
		try (var document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(10);
		}
		assertThat(this.otherAgent.download("/printer/v1/jobs/" + job.id() + "/document").statusCode()).isEqualTo(404);

		String progress = "/printer/v1/jobs/" + job.id() + "/progress";
		assertThat(this.agent.post(progress, "{\"pagesPrinted\":3}").statusCode()).isEqualTo(200);
		assertThat(this.agent.post(progress, "{\"pagesPrinted\":2}").statusCode()).isEqualTo(409);
		assertThat(this.agent.post(progress, "{\"pagesPrinted\":3}").statusCode()).isEqualTo(409);
		assertThat(this.agent.post(progress, "{\"pagesPrinted\":11}").statusCode()).isEqualTo(409);
		HttpResponse<String> missing = this.agent.post(progress, "{}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("pagesPrinted");
		assertThat(this.otherAgent.post(progress, "{\"pagesPrinted\":5}").statusCode()).isEqualTo(404);
		HttpResponse<String> seven = this.agent.post(progress, "{\"pagesPrinted\":7}");
		assertThat(seven.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(seven.body()).get("pagesPrinted").asInt()).isEqualTo(7);
		assertThat(
				this.otherAgent.post("/printer/v1/jobs/" + job.id() + "/complete", "{\"pagesPrinted\":7}").statusCode())
			.isEqualTo(404);

		HttpResponse<String> done = this.agent.post("/printer/v1/jobs/" + job.id() + "/complete",
				"{\"pagesPrinted\":7}");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(done.body()).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(930, 0));
		assertThat(this.agent
			.post("/printer/v1/jobs/" + job.id() + "/fail", "{\"pagesPrinted\":7,\"reason\":\"Paper jam\"}")
			.statusCode()).isEqualTo(409);
		assertThat(this.agent.download("/printer/v1/jobs/" + job.id() + "/document").statusCode()).isEqualTo(409);
	}

	@Test
	void aFailedJobGivesBackWhatDidNotPrint() throws Exception {
		PrintJob job = newJob(4);
		this.jobs.release(this.member, job.id(), this.printer.code());
		assertThat(this.agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);
		HttpResponse<String> failed = this.agent.post("/printer/v1/jobs/" + job.id() + "/fail",
				"{\"pagesPrinted\":1,\"reason\":\"Paper jam\"}");
		assertThat(failed.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(failed.body()).get("status").asString()).isEqualTo("FAILED");
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(990, 0));
	}

	@Test
	void aFailureKeepsTheReasonTheMemberIsShownApartFromThePrintersWords() throws Exception {
		PrintJob paper = claimed(newJob(2, false));
		assertThat(
				fail(paper,
						"{\"pagesPrinted\":0,\"code\":\"PAPER_OUT\","
								+ "\"reason\":\"The printer aborted the job (media-empty)\"}")
					.statusCode())
			.isEqualTo(200);
		PrintJob paperNow = this.jobs.get(this.member, paper.id());
		assertThat(paperNow.failureReason()).isEqualTo(FailureReason.PAPER_OUT);
		assertThat(paperNow.failure()).isEqualTo("The printer aborted the job (media-empty)");

		// an agent older than the codes: the reason is read from its words
		PrintJob twoSided = claimed(newJob(2, true));
		assertThat(fail(twoSided, "{\"pagesPrinted\":0,"
				+ "\"reason\":\"The printer did not take the job: The printer refused Print-Job: status 0x040b\"}")
			.statusCode()).isEqualTo(200);
		assertThat(this.jobs.get(this.member, twoSided.id()).failureReason()).isEqualTo(FailureReason.NO_DUPLEX);

		// a code from a newer agent this server does not know counts as none
		PrintJob jam = claimed(newJob(2, false));
		assertThat(fail(jam, "{\"pagesPrinted\":1,\"code\":\"LASER_ON_FIRE\",\"reason\":\"Paper jam\"}").statusCode())
			.isEqualTo(200);
		assertThat(this.jobs.get(this.member, jam.id()).failureReason()).isEqualTo(FailureReason.PAPER_JAM);

		PrintJob other = claimed(newJob(2, false));
		HttpResponse<String> tooLong = fail(other,
				"{\"pagesPrinted\":0,\"code\":\"" + "X".repeat(41) + "\",\"reason\":\"Paper jam\"}");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(tooLong.body()).contains("code");
		assertThat(this.otherAgent
			.post("/printer/v1/jobs/" + other.id() + "/fail",
					"{\"pagesPrinted\":0,\"code\":\"PAPER_OUT\",\"reason\":\"Paper out\"}")
			.statusCode()).as("another printer's job").isEqualTo(404);
		assertThat(this.jobs.get(this.member, other.id()).status()).isEqualTo(JobStatus.CLAIMED);
	}

	private PrintJob claimed(PrintJob job) throws Exception {
		this.jobs.release(this.member, job.id(), this.printer.code());
		assertThat(this.agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);
		return job;
	}

	private HttpResponse<String> fail(PrintJob job, String body) throws Exception {
		return this.agent.post("/printer/v1/jobs/" + job.id() + "/fail", body);
	}

	@Test
	void aReleaseCodeReleasesTheJobToThePrinterAndWrongCodesAreThrottled() throws Exception {
		PrintJob job = newJob(1);
		HttpResponse<String> released = this.agent.post("/printer/v1/release",
				"{\"code\":\"" + job.releaseCode() + "\"}");
		assertThat(released.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(released.body()).get("status").asString()).isEqualTo("RELEASED");
		assertThat(this.jobs.get(this.member, job.id()).printerId()).isEqualTo(this.printer.printerId());
		assertThat(this.agent.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);

		PrintJob held = newJob(1);
		String wrong = "{\"code\":\"" + wrongCode(held.releaseCode()) + "\"}";
		for (int i = 0; i < 5; i++) {
			assertThat(this.otherAgent.post("/printer/v1/release", wrong).statusCode()).isEqualTo(404);
		}
		HttpResponse<String> throttled = this.otherAgent.post("/printer/v1/release",
				"{\"code\":\"" + held.releaseCode() + "\"}");
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.jobs.get(this.member, held.id()).status()).isEqualTo(JobStatus.HELD);
		// one printer's guesses do not hold up another
		assertThat(this.agent.post("/printer/v1/release", "{\"code\":\"" + held.releaseCode() + "\"}").statusCode())
			.isEqualTo(200);
		assertThat(this.agent.post("/printer/v1/release", "{\"code\":\"12345\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void aPrinterReportingAnErrorTakesNoReleases() throws Exception {
		assertThat(this.agent.post("/printer/v1/heartbeat", JAMMED).statusCode()).isEqualTo(200);
		PrintJob job = newJob(1);
		assertThatExceptionOfType(PrinterUnavailable.class)
			.isThrownBy(() -> this.jobs.release(this.member, job.id(), this.printer.code()));
		assertThat(this.agent.post("/printer/v1/release", "{\"code\":\"" + job.releaseCode() + "\"}").statusCode())
			.isEqualTo(409);
		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);
		assertThat(this.agent.post("/printer/v1/heartbeat", ONLINE).statusCode()).isEqualTo(200);
		assertThat(this.jobs.release(this.member, job.id(), this.printer.code()).status())
			.isEqualTo(JobStatus.RELEASED);
	}

	@Test
	void operatorsRegisterSitesAndPrintersAndRenewKeys() throws Exception {
		var sessions = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		Session admin = sessions.newAccount(Role.ADMIN);
		Session partner = sessions.newAccount(Role.PARTNER);
		JsonNode siteCreated = this.client.post()
			.uri("/api/v1/admin/sites")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("partnerId", partner.id(), "name", "Engineering Hall", "region", "Daejeon"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		long siteId = siteCreated.get("id").asLong();
		JsonNode credentials = this.client.post()
			.uri("/api/v1/admin/sites/{site}/printers", siteId)
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Lobby"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		long printerId = credentials.get("printerId").asLong();
		var registered = new SignedPrinterClient(this.http, base(), credentials.get("keyId").asString(),
				credentials.get("secret").asString());
		assertThat(registered.post("/printer/v1/heartbeat", ONLINE).statusCode()).isEqualTo(200);

		this.client.get()
			.uri("/api/v1/admin/printers/{id}", printerId)
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo(credentials.get("code").asString())
			.jsonPath("$.partnerId")
			.isEqualTo(partner.id())
			.jsonPath("$.status.state")
			.isEqualTo("ONLINE");
		JsonNode renewed = this.client.post()
			.uri("/api/v1/admin/printers/{id}/key", printerId)
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertRefused(registered.post("/printer/v1/heartbeat", ONLINE), "signature does not match");
		var renewedAgent = new SignedPrinterClient(this.http, base(), renewed.get("keyId").asString(),
				renewed.get("secret").asString());
		assertThat(renewedAgent.post("/printer/v1/heartbeat", ONLINE).statusCode()).isEqualTo(200);

		this.client.post()
			.uri("/api/v1/admin/sites")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("partnerId", this.member, "name", "Not a partner's", "region", "Seoul"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.post()
			.uri("/api/v1/admin/sites")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("partnerId", partner.id(), "name", " ", "region", "Seoul"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		this.client.post()
			.uri("/api/v1/admin/sites/{site}/printers", Long.MAX_VALUE)
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Nowhere"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/api/v1/admin/printers/{id}", Long.MAX_VALUE)
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void onlyOperatorsReachThePrinterAdministration() {
		var sessions = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		List<Session> others = List.of(sessions.newMember(), sessions.newAccount(Role.PARTNER),
				sessions.newAccount(Role.ADVERTISER));
		long printerId = this.printer.printerId();
		for (Session other : others) {
			this.client.post()
				.uri("/api/v1/admin/sites")
				.header(HttpHeaders.AUTHORIZATION, other.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("partnerId", other.id(), "name", "Mine", "region", "Seoul"))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.client.post()
				.uri("/api/v1/admin/sites/{site}/printers", this.site)
				.header(HttpHeaders.AUTHORIZATION, other.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("name", "Mine"))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.client.post()
				.uri("/api/v1/admin/printers/{id}/key", printerId)
				.header(HttpHeaders.AUTHORIZATION, other.bearer())
				.exchange()
				.expectStatus()
				.isForbidden();
			this.client.get()
				.uri("/api/v1/admin/printers/{id}", printerId)
				.header(HttpHeaders.AUTHORIZATION, other.bearer())
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		this.client.post().uri("/api/v1/admin/printers/{id}/key", printerId).exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/v1/admin/printers/{id}", printerId).exchange().expectStatus().isUnauthorized();
		// the key still works: nobody but an operator renewed it
		assertThat(this.printers.key(this.printer.keyId())).isPresent();
	}

	private void assertRefused(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(this.json.readTree(response.body()).get("detail").asString()).contains(reason);
	}

	private PrinterCredentials readyPrinter(String name) {
		PrinterCredentials credentials = this.printers.register(this.site, name);
		this.printers.report(credentials.printerId(), READY);
		return credentials;
	}

	private SignedPrinterClient agent(PrinterCredentials credentials) {
		return new SignedPrinterClient(this.http, base(), credentials.keyId(), credentials.secret());
	}

	private URI base() {
		return URI.create("http://localhost:" + this.port);
	}

	private PrintJob newJob(int pages) {
		return newJob(pages, false);
	}

	private PrintJob newJob(int pages, boolean duplex) {
		long document = this.documents.upload(this.member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(pages)))
			.id();
		return this.jobs.create(this.member, new JobOptions(document, 1, duplex, null, null));
	}

	private static String wrongCode(String code) {
		return "%06d".formatted((Integer.parseInt(code) + 500_000) % 1_000_000);
	}

}
