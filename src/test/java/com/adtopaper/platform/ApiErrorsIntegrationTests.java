package com.adtopaper.platform;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.adtopaper.EnglishPages;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 4xx problem detail, never a 500, and writes nothing. */
@IntegrationTest
@Import(EnglishPages.class)
class ApiErrorsIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void malformedJsonIsABadRequest() {
		signUp("{\"email\": \"a@b.example\", \"password\": ").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).startsWith("The request body is not valid JSON"));
	}

	@Test
	void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
		int accounts = accountCount();
		signUp("{\"name\": \"" + "x".repeat(70 * 1024) + "\"}").expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(accountCount()).isEqualTo(accounts);
	}

	@Test
	void aChunkedBodyIsCutOffWhereItCrossesTheLimit() throws Exception {
		var connection = (HttpURLConnection) URI.create("http://localhost:" + this.port + "/api/v1/members")
			.toURL()
			.openConnection();
		connection.setRequestMethod("POST");
		connection.setDoOutput(true);
		connection.setChunkedStreamingMode(4096);
		connection.setRequestProperty(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
		try (OutputStream body = connection.getOutputStream()) {
			body.write(("{\"name\": \"" + "x".repeat(100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
		}
		assertThat(connection.getResponseCode()).isEqualTo(413);
		assertThat(connection.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
		this.client.post()
			.uri("/api/v1/members")
			.contentType(MediaType.TEXT_PLAIN)
			.body("email=a@b.example")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anUnknownRouteIsNotFoundAndAWrongMethodIsNotAllowed() {
		Session member = new TestAccounts(this.client, this.accounts, this.verification).newMember();
		this.client.get()
			.uri("/api/v1/me/nothing-here")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.delete()
			.uri("/api/v1/me/points")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anIdThatIsNotANumberIsABadRequest() {
		Session member = new TestAccounts(this.client, this.accounts, this.verification).newMember();
		this.client.delete()
			.uri("/api/v1/me/devices/not-a-number")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private RestTestClient.ResponseSpec signUp(String json) {
		return this.client.post().uri("/api/v1/members").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

	private int accountCount() {
		return this.jdbc.queryForObject("select count(*) from accounts", Integer.class);
	}

}
