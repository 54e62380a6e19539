package com.adtopaper.advertiser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Advertisers write and submit campaigns, operators review them; nobody touches another's
 * campaigns.
 */
@IntegrationTest
class CampaignsIntegrationTests {

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Advertisers advertisers;

	TestAccounts testAccounts;

	Session advertiser;

	Session otherAdvertiser;

	Session admin;

	@BeforeEach
	void accounts() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		this.advertiser = invited();
		this.otherAdvertiser = invited();
		this.admin = this.testAccounts.newAccount(Role.ADMIN);
	}

	private Session invited() {
		String email = TestAccounts.uniqueEmail("advertiser");
		this.advertisers.invite(email, TestAccounts.PASSWORD, "Campus Coffee", "Jiwoo Han", "010-1234-5678");
		return this.testAccounts.login(email);
	}

	static Map<String, Object> campaign() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		var campaign = new HashMap<String, Object>();
		campaign.put("name", "Autumn latte");
		campaign.put("startsOn", today.toString());
		campaign.put("endsOn", today.plusDays(30).toString());
		campaign.put("totalBudget", 300_000);
		campaign.put("dailyBudget", 10_000);
		campaign.put("pricePerPage", 20);
		campaign.put("priority", "CONTRACT");
		campaign.put("frequencyCap", 3);
		campaign.put("targeting", Map.of("schoolIds", List.of(1, 2), "genders", List.of("FEMALE"), "hours",
				List.of(9, 10, 11, 12), "weekdays", List.of("MONDAY", "TUESDAY")));
		return campaign;
	}

	private RestTestClient.ResponseSpec post(Session who, String uri, Object body) {
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private long create(Session who) {
		JsonNode created = post(who, "/api/v1/advertiser/campaigns", campaign()).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return created.get("id").asLong();
	}

	@Test
	void aCampaignGoesFromDraftThroughReviewToApprovedAndPaused() {
		long id = create(this.advertiser);
		post(this.advertiser, "/api/v1/advertiser/campaigns/" + id + "/submit", Map.of()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PENDING_REVIEW");
		this.client.get()
			.uri("/api/v1/admin/campaigns/pending")
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.id == " + id + ")].name")
			.isEqualTo(List.of("Autumn latte"));
		post(this.admin, "/api/v1/admin/campaigns/" + id + "/approve", Map.of()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("APPROVED");
		post(this.advertiser, "/api/v1/advertiser/campaigns/" + id + "/pause", Map.of()).expectBody()
			.jsonPath("$.status")
			.isEqualTo("PAUSED");
		post(this.advertiser, "/api/v1/advertiser/campaigns/" + id + "/resume", Map.of()).expectBody()
			.jsonPath("$.status")
			.isEqualTo("APPROVED");
	}

	@Test
	void aRejectedCampaignCarriesTheReasonAndCanBeEditedAndSubmittedAgain() {
		long id = create(this.advertiser);
		post(this.advertiser, "/api/v1/advertiser/campaigns/" + id + "/submit", Map.of()).expectStatus().isOk();
		post(this.admin, "/api/v1/admin/campaigns/" + id + "/reject", Map.of("reason", "The logo is unreadable."))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REJECTED")
			.jsonPath("$.rejectionReason")
			.isEqualTo("The logo is unreadable.");
		this.client.put()
			.uri("/api/v1/advertiser/campaigns/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(campaign())
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DRAFT")
			.jsonPath("$.rejectionReason")
			.doesNotExist();
		post(this.advertiser, "/api/v1/advertiser/campaigns/" + id + "/submit", Map.of()).expectStatus().isOk();
	}

	@Test
	void aStateThatDoesNotAllowAnActionIsAConflict() {
		long id = create(this.advertiser);
		post(this.advertiser, "/api/v1/advertiser/campaigns/" + id + "/pause", Map.of()).expectStatus().isEqualTo(409);
		post(this.admin, "/api/v1/admin/campaigns/" + id + "/approve", Map.of()).expectStatus().isEqualTo(409);
	}

	@Test
	void badBudgetsDatesAndSchoolsAreNamed() {
		Map<String, String> cases = Map.of("totalBudget", "-5", "dailyBudget", "0", "endsOn", "2020-01-01");
		cases.forEach((field, value) -> {
			var body = new HashMap<>(campaign());
			body.put(field, value);
			post(this.advertiser, "/api/v1/advertiser/campaigns", body).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(field);
		});
		var dailyAboveTotal = new HashMap<>(campaign());
		dailyAboveTotal.put("totalBudget", 10_000);
		dailyAboveTotal.put("dailyBudget", 10_001);
		post(this.advertiser, "/api/v1/advertiser/campaigns", dailyAboveTotal).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("dailyBudget");
		var unknownSchool = new HashMap<>(campaign());
		unknownSchool.put("targeting", Map.of("schoolIds", List.of(424242)));
		post(this.advertiser, "/api/v1/advertiser/campaigns", unknownSchool).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("targeting.schoolIds");
		var endBeforeStart = new HashMap<>(campaign());
		endBeforeStart.put("endsOn", LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1).toString());
		endBeforeStart.put("startsOn", LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1).toString());
		post(this.advertiser, "/api/v1/advertiser/campaigns", endBeforeStart).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("endsOn");
		var unknownPriority = new HashMap<>(campaign());
		unknownPriority.put("priority", "URGENT");
		post(this.advertiser, "/api/v1/advertiser/campaigns", unknownPriority).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("priority");
	}

	@Test
	void anotherAdvertisersCampaignIsNotFoundOnEveryRoute() {
		long theirs = create(this.otherAdvertiser);
		String base = "/api/v1/advertiser/campaigns/" + theirs;
		this.client.get()
			.uri(base)
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.put()
			.uri(base)
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(campaign())
			.exchange()
			.expectStatus()
			.isNotFound();
		for (String action : List.of("/submit", "/pause", "/resume")) {
			post(this.advertiser, base + action, Map.of()).expectStatus().isNotFound();
		}
		this.client.get()
			.uri("/api/v1/advertiser/campaigns")
			.header(HttpHeaders.AUTHORIZATION, this.advertiser.bearer())
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.id == " + theirs + ")]")
			.doesNotExist();
	}

	@Test
	void membersCannotReachAdvertisersOrReviewRoutesAndAdvertisersCannotReview() {
		Session member = this.testAccounts.newMember();
		long id = create(this.advertiser);
		this.client.get()
			.uri("/api/v1/advertiser/campaigns")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isForbidden();
		post(member, "/api/v1/admin/campaigns/" + id + "/approve", Map.of()).expectStatus().isForbidden();
		post(this.advertiser, "/api/v1/admin/campaigns/" + id + "/approve", Map.of()).expectStatus().isForbidden();
	}

	@Test
	void aSelfSignedUpAdvertiserWaitsForApprovalBeforeItsCampaignsCanRun() {
		String email = TestAccounts.uniqueEmail("self");
		long advertiserId = this.advertisers.signUp(email, TestAccounts.PASSWORD, "New Shop", "Min", "010-0000-0000")
			.id();
		Session pending = this.testAccounts.login(email);
		long id = create(pending);
		post(pending, "/api/v1/advertiser/campaigns/" + id + "/submit", Map.of()).expectStatus().isOk();
		post(this.admin, "/api/v1/admin/campaigns/" + id + "/approve", Map.of()).expectStatus().isEqualTo(422);
		post(this.admin, "/api/v1/admin/advertisers/" + advertiserId + "/approve", Map.of()).expectStatus().isOk();
		post(this.admin, "/api/v1/admin/campaigns/" + id + "/approve", Map.of()).expectStatus().isOk();
	}

}
