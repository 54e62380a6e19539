package com.adtopaper.appapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignUpIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewMemberSignsUpUnverifiedAndSeesTheirProfile() {
		String email = TestAccounts.uniqueEmail("signup");
		this.client.post()
			.uri("/api/v1/members")
			.contentType(MediaType.APPLICATION_JSON)
			.body(TestAccounts.registration(email.toUpperCase()))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("VERIFICATION_SENT")
			.jsonPath("$.email")
			.doesNotExist();
		String token = this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", TestAccounts.PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(tools.jackson.databind.JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("accessToken")
			.asString();
		this.client.get()
			.uri("/api/v1/me")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(email)
			.jsonPath("$.school.code")
			.isEqualTo("SNU")
			.jsonPath("$.gender")
			.isEqualTo("FEMALE")
			.jsonPath("$.pushOptedOut")
			.isEqualTo(false)
			.jsonPath("$.verified")
			.isEqualTo(false)
			.jsonPath("$.password")
			.doesNotExist();
		assertThat(this.jdbc.queryForObject("select password_hash from accounts where email = ?", String.class, email))
			.startsWith("{bcrypt}")
			.doesNotContain(TestAccounts.PASSWORD);
	}

	@Test
	void aSecondSignUpWithTheSameEmailIsAnsweredAsTheFirstAndWritesNothing() {
		String email = TestAccounts.uniqueEmail("duplicate");
		signUp(TestAccounts.registration(email)).expectStatus().isAccepted();
		int accounts = count("accounts");
		int members = count("members");

		signUp(TestAccounts.registration(email.toUpperCase())).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("VERIFICATION_SENT");

		assertThat(count("accounts")).isEqualTo(accounts);
		assertThat(count("members")).isEqualTo(members);
	}

	@Test
	void missingAndInvalidFieldsAreNamed() {
		var body = new HashMap<>(TestAccounts.registration("not-an-email"));
		body.remove("major");
		body.put("password", "short");
		signUp(body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.<List<String>>value((fields) -> assertThat(fields).contains("email", "password", "major"));
	}

	@Test
	void anUnknownSchoolIsRefusedAndNothingIsWritten() {
		int accounts = count("accounts");
		var body = new HashMap<>(TestAccounts.registration(TestAccounts.uniqueEmail("school")));
		body.put("schoolId", 999_999);
		signUp(body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("schoolId");
		assertThat(count("accounts")).isEqualTo(accounts);
	}

	@Test
	void anUnknownGenderNamesTheAcceptedValues() {
		var body = new HashMap<>(TestAccounts.registration(TestAccounts.uniqueEmail("gender")));
		body.put("gender", "ROBOT");
		signUp(body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("gender")
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).contains("FEMALE", "MALE"));
	}

	@Test
	void aBirthYearInTheFutureIsRefused() {
		var body = new HashMap<>(TestAccounts.registration(TestAccounts.uniqueEmail("future")));
		body.put("birthYear", 2100);
		signUp(body).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("birthYear");
	}

	@Test
	void aNumberWhereTextIsExpectedOrTextWhereANumberIsNamesTheField() {
		var body = new HashMap<>(TestAccounts.registration(TestAccounts.uniqueEmail("types")));
		body.put("admissionYear", "last year");
		signUp(body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("admissionYear");
	}

	private RestTestClient.ResponseSpec signUp(Map<String, Object> body) {
		return this.client.post().uri("/api/v1/members").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
