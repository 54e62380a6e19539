package com.adtopaper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PrinterKey;
import com.adtopaper.printing.Printers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as `./mvnw spring-boot:run` starts it: no server at all, H2 in MySQL mode
 * (in memory here instead of ./data), in-process stores, demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"adtopaper.blobs.local-directory=target/embedded-blobs",
		"adtopaper.demo-data.agent-properties=target/embedded-default/demo-agent.properties" })
@AutoConfigureRestTestClient
@Tag("integration")
class EmbeddedDefaultTests {

	@Autowired
	RestTestClient client;

	@Autowired
	com.adtopaper.member.SecondFactors factors;

	@Autowired
	Points points;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Accounts accounts;

	@Autowired
	Advertisers advertisers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Printers printers;

	@LocalServerPort
	int port;

	@Test
	void theDemoMemberLogsInAndHasTheirSignUpBonus() {
		String token = login("member1@adtopaper.example", "adtopaper-demo");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.client.get()
				.uri("/api/v1/me/points")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectBody()
				.jsonPath("$.available")
				.isEqualTo(500));
	}

	@Test
	void theDemoMemberSeesTheDemoPrinterAtTheirSchool() {
		String token = login("member1@adtopaper.example", "adtopaper-demo");
		this.client.get()
			.uri("/api/v1/me/printers")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectBody()
			.jsonPath("$[0].site")
			.isEqualTo("Sinchon Copy Shop")
			.jsonPath("$[0].available")
			.isEqualTo(true);
	}

	@Test
	void theDemoPrintersAgentSettingsAreWrittenForTheReadmesAgentCommand() throws IOException {
		Properties settings = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("target/embedded-default/demo-agent.properties"))) {
			settings.load(reader);
		}
		assertThat(settings.getProperty("server")).isEqualTo("http://localhost:" + this.port);
		assertThat(settings.getProperty("printer")).isEqualTo("ipp://localhost:8501/ipp/print");
		PrinterKey key = this.printers.key(settings.getProperty("key-id")).orElseThrow();
		assertThat(settings.getProperty("secret")).isEqualTo(key.secret());
		assertThat(this.printers.get(key.printerId()).site()).isEqualTo("Sinchon Copy Shop");
	}

	@Test
	void thereIsADemoAccountForEveryRole() {
		for (String role : new String[] { "advertiser", "partner", "staff", "member1" }) {
			assertThat(login(role + "@adtopaper.example", "adtopaper-demo")).isNotBlank();
		}
		// the operators' second factor has the demo secret README.md gives
		for (String operator : new String[] { "admin", "support" }) {
			assertThat(login(operator + "@adtopaper.example", "adtopaper-demo",
					this.factors.currentCode("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")))
				.isNotBlank();
		}
	}

	@Test
	void aNewMemberSignsUpAndSpendsOnH2() {
		String email = TestAccounts.uniqueEmail("embedded");
		this.client.post()
			.uri("/api/v1/members")
			.contentType(MediaType.APPLICATION_JSON)
			.body(TestAccounts.registration(email))
			.exchange()
			.expectStatus()
			.isAccepted();
		long id = this.accounts.findByEmail(email).orElseThrow().id();
		// no SMTP server here: the mail is logged, and the member verifies from it
		assertThat(this.verification.isVerified(id)).isFalse();
		this.verification.confirmSchool(id);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(id).available() == 500);
		this.points.hold(id, 40, "embedded-job:" + id, "Print job");
		this.points.charge("embedded-job:" + id, 30, "embedded-job:" + id + ":pages", "Pages");
		this.points.release("embedded-job:" + id, "embedded-job:" + id + ":release", "Done");
		assertThat(this.points.balance(id)).isEqualTo(new Balance(470, 0));
	}

	@Test
	void theServiceIsReadyWithoutAnyServer() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void aCreativeBecomesAPrintBandServedFromTheLocalFolder() throws IOException {
		String email = TestAccounts.uniqueEmail("embedded-advertiser");
		long account = this.advertisers
			.invite(email, TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han", "010-1234-5678")
			.accountId();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		long campaign = this.campaigns
			.create(account,
					new CampaignDraft("Latte", today, today.plusDays(7), 100_000, 10_000, 20, Priority.REMNANT, 100, 0,
							Targeting.ANYONE))
			.id();
		var png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB), "png", png);
		var parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(png.toByteArray()) {
			@Override
			public String getFilename() {
				return "latte.png";
			}
		});
		String bearer = "Bearer " + login(email, TestAccounts.PASSWORD);
		long id = this.client.post()
			.uri("/api/v1/advertiser/campaigns/" + campaign + "/creatives")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build())
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asLong();
		AtomicReference<JsonNode> creative = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			creative.set(this.client.get()
				.uri("/api/v1/advertiser/creatives/" + id)
				.header(HttpHeaders.AUTHORIZATION, bearer)
				.exchange()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody());
			return creative.get().get("status").asString().equals("READY");
		});
		String bandUrl = creative.get().get("bandUrl").asString();
		assertThat(bandUrl).startsWith("/blobs/creatives/" + campaign + "/");
		byte[] band = this.client.get()
			.uri(bandUrl)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(band));
		assertThat(image.getWidth()).isEqualTo(2480);
		assertThat(image.getHeight()).isEqualTo(590);
	}

	private String login(String email, String password) {
		return token(Map.of("email", email, "password", password));
	}

	private String login(String email, String password, String code) {
		return token(Map.of("email", email, "password", password, "code", code));
	}

	private String token(Map<String, String> body) {
		return this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("accessToken")
			.asString();
	}

}
