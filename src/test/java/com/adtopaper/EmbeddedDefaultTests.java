package com.adtopaper;

import java.time.Duration;
import java.util.Map;

import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as `./mvnw spring-boot:run` starts it: no server at all, H2 in MySQL mode
 * (in memory here instead of ./data), in-process stores, demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureRestTestClient
class EmbeddedDefaultTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Points points;

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
	void thereIsADemoAccountForEveryRole() {
		for (String role : new String[] { "admin", "advertiser", "partner", "member1" }) {
			assertThat(login(role + "@adtopaper.example", "adtopaper-demo")).isNotBlank();
		}
	}

	@Test
	void aNewMemberSignsUpAndSpendsOnH2() {
		String email = TestAccounts.uniqueEmail("embedded");
		JsonNode member = this.client.post()
			.uri("/api/v1/members")
			.contentType(MediaType.APPLICATION_JSON)
			.body(TestAccounts.registration(email))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		long id = member.get("id").asLong();
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

	private String login(String email, String password) {
		return this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", password))
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
