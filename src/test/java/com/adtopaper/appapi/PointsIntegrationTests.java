package com.adtopaper.appapi;

import java.time.Duration;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.awaitility.Awaitility.await;

@IntegrationTest
class PointsIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Points points;

	TestAccounts testAccounts;

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification);
	}

	@Test
	void aNewMembersFirstEntryIsTheSignUpBonus() {
		Session member = this.testAccounts.newMember();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> get(member, "/api/v1/me/points").expectBody().jsonPath("$.available").isEqualTo(500));
		get(member, "/api/v1/me/points/history").expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].kind")
			.isEqualTo("GRANT")
			.jsonPath("$.items[0].points")
			.isEqualTo(500)
			.jsonPath("$.items[0].reason")
			.isEqualTo("Welcome bonus");
	}

	@Test
	void historyIsPagedNewestFirst() {
		Session member = this.testAccounts.newMember();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member.id()).available() == 500);
		for (int i = 1; i <= 3; i++) {
			this.points.grant(member.id(), i, "paged-api:" + member.id() + ":" + i, "Grant " + i);
		}
		get(member, "/api/v1/me/points/history?page=0&size=2").expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.isEqualTo(4)
			.jsonPath("$.totalPages")
			.isEqualTo(2)
			.jsonPath("$.items[0].points")
			.isEqualTo(3)
			.jsonPath("$.items[1].points")
			.isEqualTo(2);
		get(member, "/api/v1/me/points/history?page=1&size=2").expectBody()
			.jsonPath("$.items[1].reason")
			.isEqualTo("Welcome bonus");
	}

	@Test
	void aPageSizeOutOfRangeIsRefused() {
		Session member = this.testAccounts.newMember();
		this.client.get()
			.uri("/api/v1/me/points/history?size=1000")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	private RestTestClient.ResponseSpec get(Session member, String path) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isOk();
	}

}
