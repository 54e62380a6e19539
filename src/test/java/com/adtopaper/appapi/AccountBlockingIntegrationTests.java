package com.adtopaper.appapi;

import java.nio.file.Files;
import java.util.Map;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A blocked account's access tokens stop working at the next request, not at their
 * expiry: on this node, and on a second node that had just answered (and cached) the same
 * token's account.
 */
@IntegrationTest
class AccountBlockingIntegrationTests {

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	TestAccounts testAccounts;

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
	}

	@Test
	void anOperatorBlocksAMemberAndTheirTokensStopWorkingAtOnce() {
		Session member = this.testAccounts.newMember();
		Session admin = this.testAccounts.newAccount(Role.ADMIN);
		me(this.client, member).expectStatus().isOk();

		this.client.post()
			.uri("/api/v1/admin/accounts/" + member.id() + "/block")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.enabled")
			.isEqualTo(false);

		me(this.client, member).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.post()
			.uri("/api/v1/auth/refresh")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", member.refreshToken()))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", member.email(), "password", TestAccounts.PASSWORD))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		this.client.post()
			.uri("/api/v1/admin/accounts/" + member.id() + "/unblock")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.exchange()
			.expectStatus()
			.isOk();
		me(this.client, this.testAccounts.login(member.email())).expectStatus().isOk();
	}

	@Test
	void aBlockOnOneNodeIsSeenOnTheOtherAtTheNextRequest() throws Exception {
		Session member = this.testAccounts.newMember();
		TestServers servers = TestServers.get();
		try (var other = new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--server.port=0", "--adtopaper.roles=web",
					"--spring.datasource.url=" + servers.jdbcUrl(TestServers.DATABASE),
					"--spring.datasource.username=root", "--spring.datasource.password=",
					"--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(),
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=" + TestServers.RUN,
					"--adtopaper.queue.prefix=" + TestServers.RUN, "--adtopaper.blobs.store=local",
					"--adtopaper.blobs.local-directory=" + Files.createTempDirectory("other-node-blobs"))) {
			int port = ((WebServerApplicationContext) other).getWebServer().getPort();
			RestTestClient nodeB = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
			// both nodes read (and cache) the account's state
			me(nodeB, member).expectStatus().isOk();
			me(nodeB, member).expectStatus().isOk();
			me(this.client, member).expectStatus().isOk();

			this.accounts.block(member.id());

			me(nodeB, member).expectStatus().isUnauthorized();
			me(this.client, member).expectStatus().isUnauthorized();
		}
	}

	private static RestTestClient.ResponseSpec me(RestTestClient client, Session member) {
		return client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, member.bearer()).exchange();
	}

}
