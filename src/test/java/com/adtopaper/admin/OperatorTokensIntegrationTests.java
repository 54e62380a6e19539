package com.adtopaper.admin;

import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SecondFactors;
import com.adtopaper.platform.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's API token, like their admin site sign-in, needs their password and a code
 * of their second factor: none, a wrong one, or one used before is refused (saying why in
 * Korean or in English), and ten wrong codes in a row lock the factor (the right code
 * too) for a while.
 */
@IntegrationTest
@Import(AdminFixture.class)
class OperatorTokensIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	AdminFixture fixture;

	@Autowired
	SecondFactors factors;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOperatorsTokenNeedsTheCodeOnceAndTheRightOne() {
		AdminFixture.Operator operator = this.fixture.operator(Role.ADMIN);
		String code = this.fixture.code(operator);
		assertThat(token(operator.email(), null)).isEqualTo(401);
		assertThat(detail(operator.email(), null, "ko")).contains("2단계 인증의 현재 코드('code')");
		assertThat(detail(operator.email(), null, "en"))
			.isEqualTo("An operator's token needs the current code of their second factor ('code'), used once.");
		assertThat(token(operator.email(), AdminFixture.wrong(code))).isEqualTo(401);
		assertThat(token(operator.email(), code)).isEqualTo(200);
		assertThat(token(operator.email(), code)).as("the same code again").isEqualTo(401);

		AdminFixture.Operator support = this.fixture.operator(Role.SUPPORT);
		assertThat(token(support.email(), null)).isEqualTo(401);
		assertThat(token(support.email(), this.fixture.code(support))).isEqualTo(200);

		// an operator who has not set a factor up is sent to the admin site to do it
		String newcomer = TestAccounts.uniqueEmail("admin");
		this.accounts.create(newcomer, TestAccounts.PASSWORD, "Newcomer", Role.ADMIN);
		assertThat(detail(newcomer, "123456", "ko")).isEqualTo("먼저 관리자 사이트(/admin)에서 2단계 인증을 설정하세요.");
		assertThat(detail(newcomer, "123456", "en")).contains("/admin");

		// a member has no second factor to give: their password is enough
		String member = TestAccounts.uniqueEmail("advertiser");
		this.accounts.create(member, TestAccounts.PASSWORD, "Someone", Role.ADVERTISER);
		assertThat(token(member, null)).isEqualTo(200);
	}

	@Test
	void tenWrongCodesInARowLockTheFactorEvenForTheRightCode() {
		AdminFixture.Operator operator = this.fixture.operator(Role.ADMIN);
		String code = this.fixture.code(operator);
		for (int i = 0; i < SecondFactors.MAX_FAILURES; i++) {
			assertThat(token(operator.email(), AdminFixture.wrong(code))).isEqualTo(401);
		}
		assertThat(token(operator.email(), code)).isEqualTo(401);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account_totp where account_id = ? and locked_until > utc_timestamp()", Long.class,
				operator.id()))
			.isEqualTo(1);
		// another operator is not locked by it
		AdminFixture.Operator other = this.fixture.operator(Role.ADMIN);
		assertThat(token(other.email(), this.fixture.code(other))).isEqualTo(200);
	}

	private int token(String email, String code) {
		return this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body(email, code))
			.exchange()
			.returnResult()
			.getStatus()
			.value();
	}

	private String detail(String email, String code, String language) {
		JsonNode problem = this.client.post()
			.uri("/api/v1/auth/token")
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body(email, code))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return problem.get("detail").asString();
	}

	private static Map<String, String> body(String email, String code) {
		return (code != null) ? Map.of("email", email, "password", TestAccounts.PASSWORD, "code", code)
				: Map.of("email", email, "password", TestAccounts.PASSWORD);
	}

}
