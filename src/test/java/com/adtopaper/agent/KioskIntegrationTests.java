package com.adtopaper.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.Pdfs;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's kiosk page against the real printer API: what a member typing a release
 * code at the printer sees, and what a web page open in the PC's browser cannot do.
 */
@IntegrationTest
class KioskIntegrationTests {

	static final String HOSTILE = "<img src=x onerror=alert(1)>\"'&.pdf";

	@LocalServerPort
	int port;

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

	final HttpClient http = HttpClient.newHttpClient();

	long member;

	PrinterCredentials printer;

	PrinterApi api;

	Kiosk kiosk;

	@BeforeEach
	void memberPrinterAndKiosk() throws Exception {
		this.member = this.accounts
			.create(TestAccounts.uniqueEmail("kiosk"), TestAccounts.PASSWORD, "Kiosk Member", Role.MEMBER)
			.id();
		this.points.grant(this.member, 1_000, "test-grant:" + this.member, "Test points");
		this.printer = readyPrinter("Lobby");
		this.api = api(this.printer);
		this.kiosk = new Kiosk(0, this.api);
	}

	@AfterEach
	void stopKiosk() {
		this.kiosk.close();
	}

	@Test
	void theCodeTypedAtTheKioskReleasesTheJobWhichShowsItsNameAsTextAndFollowsItAsItPrints() throws Exception {
		PrintJob job = newJob(HOSTILE, 2);

		HttpResponse<String> page = get(this.kiosk, "/", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'")
			.contains("connect-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(page.body()).contains("여섯 자리 코드").contains("six-digit code");
		// nothing from elsewhere, and nothing the page writes is parsed as markup
		assertThat(page.body()).doesNotContain("http://", "https://", "innerHTML", "outerHTML", "insertAdjacentHTML",
				"document.write");

		HttpResponse<String> released = release(this.kiosk, token(page), job.releaseCode());
		assertThat(released.statusCode()).isEqualTo(200);
		assertThat(released.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		assertThat(released.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		// the member's file name is data, never markup, wherever the answer ends up
		assertThat(released.body()).doesNotContain("<", ">", "&");
		Map<String, @Nullable Object> shown = Json.object(released.body());
		assertThat(shown).containsEntry("id", job.id())
			.containsEntry("documentName", HOSTILE)
			.containsEntry("status", "RELEASED")
			.containsEntry("duplex", false);
		assertThat(number(shown, "copies")).isEqualTo(2);
		assertThat(number(shown, "sides")).isEqualTo(4);
		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.RELEASED);

		HttpResponse<String> following = get(this.kiosk, "/api/jobs/" + job.id(), token(page));
		assertThat(following.statusCode()).isEqualTo(200);
		assertThat(Json.object(following.body())).containsEntry("status", "RELEASED");

		// the agent's waiting poll takes it at once
		AgentJob claimed = this.api.nextJob(Duration.ofSeconds(5)).orElseThrow();
		assertThat(claimed.id()).isEqualTo(job.id());
		this.api.progress(job.id(), 1);
		Map<String, @Nullable Object> printing = Json
			.object(get(this.kiosk, "/api/jobs/" + job.id(), token(page)).body());
		assertThat(printing).containsEntry("status", "PRINTING");
		assertThat(number(printing, "pagesPrinted")).isEqualTo(1);
		this.api.complete(job.id(), 4);
		assertThat(Json.object(get(this.kiosk, "/api/jobs/" + job.id(), token(page)).body())).containsEntry("status",
				"COMPLETED");

		// the same code again is used up
		HttpResponse<String> again = release(this.kiosk, token(page), job.releaseCode());
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(Json.object(again.body())).containsEntry("error", "wrong-code");
	}

	@Test
	void aWrongCodeIsSaidInWordsReleasesNothingAndTooManyTellWhenToTryAgain() throws Exception {
		PrintJob job = newJob("notes.pdf", 1);
		String token = token(get(this.kiosk, "/", null));
		String wrong = job.releaseCode().equals("000000") ? "000001" : "000000";

		HttpResponse<String> answer = release(this.kiosk, token, wrong);
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(Json.object(answer.body())).containsEntry("error", "wrong-code");
		assertThat(release(this.kiosk, token, "12345").statusCode()).isEqualTo(400);
		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);

		for (int i = 0; i < 4; i++) {
			release(this.kiosk, token, wrong);
		}
		HttpResponse<String> throttled = release(this.kiosk, token, job.releaseCode());
		assertThat(throttled.statusCode()).isEqualTo(429);
		Map<String, @Nullable Object> tooMany = Json.object(throttled.body());
		assertThat(tooMany).containsEntry("error", "too-many");
		assertThat(number(tooMany, "retryAfter")).isBetween(1, 15 * 60);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);
	}

	@Test
	void aPrinterThatCannotPrintAndAServerAwayAreSaidSo() throws Exception {
		PrintJob job = newJob("notes.pdf", 1);
		this.api.heartbeat(PrinterHealth.of("stopped", List.of("media-jam")));
		String token = token(get(this.kiosk, "/", null));
		HttpResponse<String> offline = release(this.kiosk, token, job.releaseCode());
		assertThat(offline.statusCode()).isEqualTo(409);
		assertThat(Json.object(offline.body())).containsEntry("error", "printer-unavailable");
		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);

		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		try (Kiosk away = new Kiosk(0, new PrinterApi(URI.create("http://127.0.0.1:" + closed),
				new RequestSigner(this.printer.keyId(), this.printer.secret()), HttpClient.newHttpClient()))) {
			HttpResponse<String> unreachable = release(away, token(get(away, "/", null)), job.releaseCode());
			assertThat(unreachable.statusCode()).isEqualTo(502);
			assertThat(Json.object(unreachable.body())).containsEntry("error", "unreachable");
		}
	}

	@Test
	void aWebPageInThePcsBrowserCanNeitherReleaseNorReadJobs() throws Exception {
		PrintJob job = newJob("notes.pdf", 1);
		String token = token(get(this.kiosk, "/", null));
		String own = "http://127.0.0.1:" + this.kiosk.port();

		// a cross-site form or fetch: no token, or the kiosk's token guessed with a
		// foreign
		// origin
		assertThat(post(this.kiosk, null, own, "{\"code\":\"" + job.releaseCode() + "\"}").statusCode()).isEqualTo(403);
		assertThat(post(this.kiosk, "wrong", own, "{\"code\":\"" + job.releaseCode() + "\"}").statusCode())
			.isEqualTo(403);
		HttpResponse<String> foreign = post(this.kiosk, token, "https://evil.example",
				"{\"code\":\"" + job.releaseCode() + "\"}");
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(Json.object(foreign.body())).containsEntry("error", "forbidden");
		assertThat(post(this.kiosk, token, "null", "{\"code\":\"" + job.releaseCode() + "\"}").statusCode())
			.isEqualTo(403);
		assertThat(get(this.kiosk, "/api/jobs/" + job.id(), null).statusCode()).isEqualTo(403);
		// a site whose name resolves to 127.0.0.1 (DNS rebinding) gets not even the page
		assertThat(rawStatus(this.kiosk,
				"GET / HTTP/1.1\r\nHost: evil.example:" + this.kiosk.port() + "\r\nConnection: close\r\n\r\n"))
			.isEqualTo(403);
		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);

		// only the loopback: the kiosk is not on the PC's network addresses
		assertThat(InetAddress.getByName("127.0.0.1").isLoopbackAddress()).isTrue();
		for (InetAddress address : InetAddress.getAllByName(InetAddress.getLocalHost().getHostName())) {
			if (!address.isLoopbackAddress()) {
				try (Socket socket = new Socket()) {
					assertThat(connects(socket, address)).as("the kiosk on %s", address).isFalse();
				}
			}
		}

		// the kiosk's own page, same origin: released
		assertThat(post(this.kiosk, token, own, "{\"code\":\"" + job.releaseCode() + "\"}").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aKioskFollowsOnlyItsOwnPrintersJobsAndThePrinterApiOnlySignedRequests() throws Exception {
		PrintJob job = newJob("notes.pdf", 1);
		String token = token(get(this.kiosk, "/", null));
		assertThat(release(this.kiosk, token, job.releaseCode()).statusCode()).isEqualTo(200);

		PrinterCredentials other = readyPrinter("Other shop");
		try (Kiosk otherKiosk = new Kiosk(0, api(other))) {
			HttpResponse<String> notTheirs = get(otherKiosk, "/api/jobs/" + job.id(),
					token(get(otherKiosk, "/", null)));
			assertThat(notTheirs.statusCode()).isEqualTo(404);
			assertThat(get(otherKiosk, "/api/jobs/..%2Fnext", token(get(otherKiosk, "/", null))).statusCode())
				.isEqualTo(404);
		}
		// a member's session is no printer: the route answers signed requests only
		HttpResponse<String> unsigned = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/printer/v1/jobs/" + job.id()))
				.build(), BodyHandlers.ofString());
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unsigned.body()).doesNotContain("notes.pdf");
	}

	private PrinterCredentials readyPrinter(String name) throws Exception {
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("kiosk-partner"), TestAccounts.PASSWORD, name, Role.PARTNER)
			.id();
		PrinterCredentials credentials = this.printers.register(this.printers.addSite(partner, name, "Seoul", null),
				"Counter");
		api(credentials).heartbeat(PrinterHealth.of("idle", List.of("none")));
		return credentials;
	}

	private PrinterApi api(PrinterCredentials credentials) {
		return new PrinterApi(URI.create("http://localhost:" + this.port),
				new RequestSigner(credentials.keyId(), credentials.secret()), HttpClient.newHttpClient());
	}

	private PrintJob newJob(String filename, int copies) {
		return this.jobs.create(this.member,
				new JobOptions(
						this.documents.upload(this.member, filename, new ByteArrayInputStream(Pdfs.text(2))).id(),
						copies, false, null, null));
	}

	private static int number(Map<String, @Nullable Object> json, String name) {
		assertThat(json.get(name)).as(name).isInstanceOf(Number.class);
		return ((Number) json.get(name)).intValue();
	}

	private static String token(HttpResponse<String> page) {
		Matcher matcher = Pattern.compile("<meta name=\"kiosk-token\" content=\"([A-Za-z0-9_-]+)\">")
			.matcher(page.body());
		assertThat(matcher.find()).as("the page's token").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> release(Kiosk kiosk, String token, String code) throws Exception {
		return post(kiosk, token, "http://127.0.0.1:" + kiosk.port(), "{\"code\":" + Json.quote(code) + "}");
	}

	private HttpResponse<String> post(Kiosk kiosk, @Nullable String token, String origin, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + kiosk.port() + "/api/release"))
			.header("Content-Type", "application/json")
			.header("Origin", origin)
			.POST(BodyPublishers.ofString(body));
		if (token != null) {
			request.header(Kiosk.TOKEN_HEADER, token);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> get(Kiosk kiosk, String path, @Nullable String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kiosk.port() + path));
		if (token != null) {
			request.header(Kiosk.TOKEN_HEADER, token);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	/** The status of a request as written, for headers the JDK's client will not send. */
	private static int rawStatus(Kiosk kiosk, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", kiosk.port())) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			return Integer.parseInt(status.substring(9, 12));
		}
	}

	private boolean connects(Socket socket, InetAddress address) {
		try {
			socket.connect(new InetSocketAddress(address, this.kiosk.port()), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
