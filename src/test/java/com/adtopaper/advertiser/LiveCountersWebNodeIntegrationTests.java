package com.adtopaper.advertiser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.Audience;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Impressions;
import com.adtopaper.ads.PrintedPage;
import com.adtopaper.member.Gender;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node that only serves HTTP ({@code adtopaper.roles=web}) runs no scheduled jobs, and
 * still pushes an advertiser's live counters when a page prints.
 */
@IntegrationTest
@TestPropertySource(properties = "adtopaper.roles=web")
class LiveCountersWebNodeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Advertisers advertisers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Impressions impressions;

	@Autowired
	ApplicationContext context;

	@Test
	void aWebOnlyNodeRunsNoScheduledJobs() {
		assertThat(this.context.containsBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME))
			.isFalse();
	}

	@Test
	void anOpenCampaignPageGetsTheNewCountersOnAWebOnlyNode() throws Exception {
		String email = TestAccounts.uniqueEmail("live-web");
		long advertiser = this.advertisers
			.invite(email, TestAccounts.PASSWORD, "Live Books", "Jiwoo Kim", "010-1111-2222")
			.accountId();
		Campaign campaign = this.campaigns.create(advertiser, CampaignsFixture.draft("Live"));
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://127.0.0.1:" + this.port;
		login(http, base, email);
		List<String> events = new CopyOnWriteArrayList<>();
		HttpResponse<InputStream> response = http.send(
				HttpRequest.newBuilder(URI.create(base + "/advertiser/campaigns/" + campaign.id() + "/live")).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream stream = response.body()) {
			Thread.ofVirtual().start(() -> read(stream, events));
			await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 1);
			assertThat(events.getFirst()).contains("\"pagesToday\":0");

			this.impressions.recordPrinted(List.of(new PrintedPage(UUID.randomUUID().toString(), 1, campaign.id(), 1L,
					80, new Audience(1L, 1L, "Physics", 2024, Gender.FEMALE), 1L, Instant.now())));

			await().atMost(Duration.ofSeconds(10)).until(() -> events.size() >= 2);
			assertThat(events.getLast()).contains("\"pagesToday\":1").contains("\"spendToday\":80");
		}
	}

	private static void read(InputStream stream, List<String> events) {
		try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("data:")) {
					events.add(line.substring(5));
				}
			}
		}
		catch (IOException ex) {
			// closed
		}
	}

	private static void login(HttpClient http, String base, String email) throws Exception {
		String form = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/advertiser/campaigns"));
	}

}
