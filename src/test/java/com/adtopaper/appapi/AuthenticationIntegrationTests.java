package com.adtopaper.appapi;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthenticationIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	JwtEncoder jwtEncoder;

	@LocalServerPort
	int port;

	TestAccounts testAccounts;

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification);
	}

	@Test
	void theAccessTokenOpensTheMembersRoutes() {
		Session member = this.testAccounts.newMember();
		this.client.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(member.id())
			.jsonPath("$.email")
			.isEqualTo(member.email());
	}

	@Test
	void theTokenResponseIsNotCached() {
		Session member = this.testAccounts.newMember();
		login(member.email(), TestAccounts.PASSWORD).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectBody()
			.jsonPath("$.tokenType")
			.isEqualTo("Bearer")
			.jsonPath("$.expiresIn")
			.isEqualTo(900);
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
		Session member = this.testAccounts.newMember();
		String wrongPassword = body(login(member.email(), "not the password").expectStatus().isUnauthorized());
		String unknownEmail = body(
				login(TestAccounts.uniqueEmail("nobody"), "not the password").expectStatus().isUnauthorized());
		assertThat(wrongPassword).contains("이메일 또는 비밀번호가 틀렸습니다.");
		assertThat(unknownEmail).isEqualTo(wrongPassword.replace(member.email(), ""));
	}

	@Test
	void repeatedFailedLoginsAreThrottledEvenWithTheRightPasswordAfterwards() {
		Session member = this.testAccounts.newMember();
		for (int i = 0; i < 5; i++) {
			login(member.email(), "guess " + i).expectStatus().isUnauthorized();
		}
		login(member.email(), TestAccounts.PASSWORD).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		// other accounts are not affected
		Session other = this.testAccounts.newMember();
		login(other.email(), TestAccounts.PASSWORD).expectStatus().isOk();
	}

	@Test
	void aStrangersWrongPasswordsDoNotLockTheOwnerOutFromAnotherAddress() throws Exception {
		Session member = this.testAccounts.newMember();
		// two client machines: the server sees them as 127.0.0.2 and 127.0.0.3
		HttpClient stranger = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
		HttpClient owner = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.3")).build();
		for (int i = 0; i < 5; i++) {
			assertThat(token(stranger, member.email(), "guess " + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = token(stranger, member.email(), TestAccounts.PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue(HttpHeaders.RETRY_AFTER).map(Long::parseLong))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1L, 15 * 60L));
		assertThat(refused.headers().firstValue(HttpHeaders.CONTENT_TYPE))
			.hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.body()).contains("\"status\":429").contains("분 후에 다시 시도하세요");
		assertThat(token(stranger, member.email(), TestAccounts.PASSWORD, "en").body()).contains("Try again in");

		assertThat(token(owner, member.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> token(HttpClient from, String email, String password) throws Exception {
		return token(from, email, password, "ko");
	}

	private HttpResponse<String> token(HttpClient from, String email, String password, String language)
			throws Exception {
		String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
		return from.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void thirtyConcurrentWrongPasswordsGetAtMostFiveChecked() throws Exception {
		Session member = this.testAccounts.newMember();
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(30);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 30; i++) {
				String guess = "wrong guess " + i;
				answers.add(pool.submit(() -> {
					start.await();
					return login(member.email(), guess).returnResult().getStatus().value();
				}));
			}
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var answer : answers) {
				statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnly(401, 429);
			assertThat(statuses.stream().filter((status) -> status == 401).count()).as(statuses.toString())
				.isLessThanOrEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
		login(member.email(), TestAccounts.PASSWORD).expectStatus().isEqualTo(429);
	}

	@Test
	void afterLogoutTheAccessTokenIsRefusedAtOnce() {
		Session member = this.testAccounts.newMember();
		me(member.accessToken()).expectStatus().isOk();
		this.client.post()
			.uri("/api/v1/auth/logout")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", member.refreshToken()))
			.exchange()
			.expectStatus()
			.isNoContent();
		me(member.accessToken()).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		// a new login works as before
		me(this.testAccounts.login(member.email()).accessToken()).expectStatus().isOk();
	}

	@Test
	void aRefreshTokenRotatesAndAReusedOneRevokesItsFamily() {
		Session member = this.testAccounts.newMember();
		JsonNode next = refresh(member.refreshToken()).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String nextRefresh = next.get("refreshToken").asString();
		assertThat(nextRefresh).isNotEqualTo(member.refreshToken());
		me(next.get("accessToken").asString()).expectStatus().isOk();

		// the first token is replayed (stolen): it fails, and so does the one issued
		// after it
		refresh(member.refreshToken()).expectStatus().isUnauthorized();
		refresh(nextRefresh).expectStatus().isUnauthorized();
	}

	@Test
	void afterLogoutTheRefreshTokenNoLongerWorks() {
		Session member = this.testAccounts.newMember();
		this.client.post()
			.uri("/api/v1/auth/logout")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", member.refreshToken()))
			.exchange()
			.expectStatus()
			.isNoContent();
		refresh(member.refreshToken()).expectStatus().isUnauthorized();
	}

	@Test
	void anUnknownRefreshTokenIsRefused() {
		refresh("made-up-token").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anExpiredAccessTokenIsRefused() {
		Session member = this.testAccounts.newMember();
		Instant past = Instant.now().minusSeconds(3600);
		String expired = token(this.jwtEncoder, member.id(), past, past.plusSeconds(900));
		me(expired).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*invalid_token.*")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		Session member = this.testAccounts.newMember();
		var forger = NimbusJwtEncoder
			.withSecretKey(new SecretKeySpec("an-attacker-chosen-secret-of-32-bytes!!".getBytes(), "HmacSHA256"))
			.build();
		me(token(forger, member.id(), Instant.now(), Instant.now().plusSeconds(900))).expectStatus().isUnauthorized();
	}

	@Test
	void noTokenAtAllIsRefusedWithAProblem() {
		this.client.get()
			.uri("/api/v1/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.exists(HttpHeaders.WWW_AUTHENTICATE)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	private static String token(JwtEncoder encoder, long accountId, Instant issuedAt, Instant expiresAt) {
		var claims = JwtClaimsSet.builder()
			.issuer("adtopaper")
			.subject(Long.toString(accountId))
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.claim("roles", List.of("MEMBER"))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	private RestTestClient.ResponseSpec login(String email, String password) {
		return this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", password))
			.exchange();
	}

	private RestTestClient.ResponseSpec refresh(String refreshToken) {
		return this.client.post()
			.uri("/api/v1/auth/refresh")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", refreshToken))
			.exchange();
	}

	private RestTestClient.ResponseSpec me(String accessToken) {
		return this.client.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.exchange();
	}

	private static String body(RestTestClient.ResponseSpec response) {
		return new String(response.expectBody().returnResult().getResponseBodyContent());
	}

}
