package com.adtopaper.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's own rules, which need no server behind it; with the printer API, see
 * {@link KioskIntegrationTests}.
 */
class KioskTests {

	final PrinterApi api = new PrinterApi(URI.create("http://127.0.0.1:9"), new RequestSigner("pk_1", "secret"),
			HttpClient.newHttpClient());

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void noKioskOnPortZeroAndOnATakenPortTheAgentGoesOnWithout() throws IOException {
		assertThat(Kiosk.start(0, this.api)).isNull();
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThat(Kiosk.start(taken.getLocalPort(), this.api)).isNull();
		}
	}

	@Test
	void onlyThePageAndItsTwoRoutesAreThereAndThePageOnlyByGet() throws Exception {
		try (Kiosk kiosk = new Kiosk(0, this.api)) {
			String base = "http://127.0.0.1:" + kiosk.port();
			assertThat(send(HttpRequest.newBuilder(URI.create(base + "/")).GET()).statusCode()).isEqualTo(200);
			assertThat(send(HttpRequest.newBuilder(URI.create(base + "/favicon.ico")).GET()).statusCode())
				.isEqualTo(404);
			assertThat(send(HttpRequest.newBuilder(URI.create(base + "/")).POST(BodyPublishers.noBody())).statusCode())
				.isEqualTo(405);
			HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + kiosk.port())));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		}
	}

	@Test
	void retryAfterIsSecondsAndAMinuteWhenTheServerSaysNothingUsable() {
		assertThat(KioskActions.retryAfter("120")).isEqualTo(120);
		assertThat(KioskActions.retryAfter(null)).isEqualTo(60);
		assertThat(KioskActions.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(60);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
