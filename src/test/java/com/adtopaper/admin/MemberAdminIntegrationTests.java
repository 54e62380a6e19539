package com.adtopaper.admin;

import java.time.Duration;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class MemberAdminIntegrationTests {

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Points points;

	TestAccounts testAccounts;

	Session admin;

	Session member;

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		this.admin = this.testAccounts.newAccount(Role.ADMIN);
		this.member = this.testAccounts.newMember();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(this.member.id()).available() == 500);
	}

	@Test
	void theSameIdempotencyKeyPostedTwiceCountsOnce() {
		long first = entryId(adjust("retry-me-0001", 50, "Goodwill").expectStatus().isCreated());
		long second = entryId(adjust("retry-me-0001", 50, "Goodwill").expectStatus().isCreated());
		assertThat(second).isEqualTo(first);
		assertThat(this.points.balance(this.member.id()).available()).isEqualTo(550);
	}

	@Test
	void theMemberReadsTheAdjustmentsReasonButNotWhichOperatorMadeIt() {
		adjust("goodwill-0001", 50, "Sorry for the paper jam").expectStatus().isCreated();
		String history = this.client.get()
			.uri("/api/v1/me/points/history")
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(history).contains("\"reason\":\"Sorry for the paper jam\"").doesNotContain("operator");
	}

	@Test
	void theSameKeyForADifferentAdjustmentIsAConflict() {
		adjust("reused-key-0001", 50, "Goodwill").expectStatus().isCreated();
		adjust("reused-key-0001", 70, "Goodwill").expectStatus().isEqualTo(409);
		assertThat(this.points.balance(this.member.id()).available()).isEqualTo(550);
	}

	@Test
	void anAdjustmentBelowZeroIsRefusedAndChangesNothing() {
		adjust("too-much-0001", -501, "Abuse").expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.points.balance(this.member.id()).available()).isEqualTo(500);
	}

	@Test
	void anAdjustmentNeedsAnIdempotencyKey() {
		this.client.post()
			.uri("/api/v1/admin/members/{id}/points/adjustments", this.member.id())
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("change", 10, "reason", "No key"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.points.balance(this.member.id()).available()).isEqualTo(500);
	}

	@Test
	void anUnknownMemberIsNotFound() {
		this.client.get()
			.uri("/api/v1/admin/members/{id}/points", 987_654_321)
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void operatorsReadAnyMembersPointsAndHistory() {
		this.client.get()
			.uri("/api/v1/admin/members/{id}/points", this.member.id())
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.available")
			.isEqualTo(500);
		this.client.get()
			.uri("/api/v1/admin/members/{id}/points/history", this.member.id())
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].kind")
			.isEqualTo("GRANT");
	}

	@Test
	void aMemberCannotAdjustPointsOrReadAnotherMembersPoints() {
		Session other = this.testAccounts.newMember();
		this.client.post()
			.uri("/api/v1/admin/members/{id}/points/adjustments", other.id())
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.header("Idempotency-Key", "member-tries-0001")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("change", 1000, "reason", "Free points"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/api/v1/admin/members/{id}/points", other.id())
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(this.points.balance(this.member.id()).available()).isEqualTo(500);
	}

	private RestTestClient.ResponseSpec adjust(String key, long change, String reason) {
		return this.client.post()
			.uri("/api/v1/admin/members/{id}/points/adjustments", this.member.id())
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.header("Idempotency-Key", key + "-" + this.member.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("change", change, "reason", reason))
			.exchange();
	}

	private static long entryId(RestTestClient.ResponseSpec response) {
		return ((Number) response.expectBody(Map.class).returnResult().getResponseBody().get("id")).longValue();
	}

}
