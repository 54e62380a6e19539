package com.adtopaper.appapi;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifteen sign-ups from one address in a few seconds: the throttle stops the later ones,
 * and none of the accounts made gets points before it verifies.
 */
@IntegrationTest
class SignUpThrottleIntegrationTests {

	@DynamicPropertySource
	static void limits(DynamicPropertyRegistry registry) {
		registry.add("adtopaper.security.sign-up-throttle.per-address", () -> 10);
		registry.add("adtopaper.security.sign-up-throttle.per-domain", () -> 12);
		// as in production, behind the proxy: the client address is the forwarded one
		// (loopback is a trusted proxy), so that each test can be its own client
		registry.add("server.forward-headers-strategy", () -> "native");
		// buckets of this run only
		registry.add("adtopaper.security.sign-up-throttle.prefix", () -> UUID.randomUUID().toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fifteenSignUpsFromOneAddressAreCutAtTheLimitAndNoneGetsABonus() throws InterruptedException {
		RestTestClient client = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("X-Forwarded-For", "203.0.113.7")
			.build();
		List<Integer> statuses = new ArrayList<>();
		List<Long> created = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			String email = TestAccounts.uniqueEmail("flood");
			var result = client.post()
				.uri("/api/v1/members")
				.contentType(MediaType.APPLICATION_JSON)
				.body(TestAccounts.registration(email))
				.exchange()
				.returnResult();
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429) {
				assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
				assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			}
			this.accounts.findByEmail(email).ifPresent((account) -> created.add(account.id()));
		}
		assertThat(statuses.subList(0, 10)).containsOnly(202);
		assertThat(statuses.subList(10, 15)).containsOnly(429);
		assertThat(created).hasSize(10);

		Thread.sleep(2000);
		for (long id : created) {
			assertThat(this.jdbc.queryForObject("select count(*) from points_ledger where member_id = ?", Integer.class,
					id))
				.as("ledger rows of unverified member " + id)
				.isZero();
		}
	}

	@Test
	void oneDomainIsThrottledWhateverTheAddress() {
		String domain = "throttle-" + UUID.randomUUID().toString().substring(0, 8) + ".snu.ac.kr";
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			// a different client address each time
			RestTestClient client = RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + this.port)
				.defaultHeader("X-Forwarded-For", "198.51.100." + (10 + i))
				.build();
			statuses.add(client.post()
				.uri("/api/v1/members")
				.contentType(MediaType.APPLICATION_JSON)
				.body(TestAccounts.registration("member" + i + "@" + domain))
				.exchange()
				.returnResult()
				.getStatus()
				.value());
		}
		assertThat(statuses.subList(0, 12)).containsOnly(202);
		assertThat(statuses.subList(12, 14)).containsOnly(429);
	}

}
