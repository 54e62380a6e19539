package com.adtopaper.appapi;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
class DevicesIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	TestAccounts testAccounts;

	@BeforeEach
	void setUp() {
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification);
	}

	@Test
	void aMemberRegistersSeveralDevicesOnBothPlatforms() {
		Session member = this.testAccounts.newMember();
		register(member, "APNS", apnsToken()).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(true);
		register(member, "FCM", fcmToken()).expectStatus().isCreated();
		devices(member).expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[1].platform").isEqualTo("FCM");
	}

	@Test
	void registeringTheSameTokenAgainKeepsOneDevice() {
		Session member = this.testAccounts.newMember();
		String token = apnsToken();
		long id = deviceId(register(member, "APNS", token));
		register(member, "APNS", token).expectStatus().isCreated().expectBody().jsonPath("$.id").isEqualTo(id);
		devices(member).expectBody().jsonPath("$.length()").isEqualTo(1);
	}

	@Test
	void aTokenMovesToTheMemberWhoRegisteredItLast() {
		Session first = this.testAccounts.newMember();
		Session second = this.testAccounts.newMember();
		String token = fcmToken();
		register(first, "FCM", token).expectStatus().isCreated();
		register(second, "FCM", token).expectStatus().isCreated();
		devices(first).expectBody().jsonPath("$.length()").isEqualTo(0);
		devices(second).expectBody().jsonPath("$[0].token").isEqualTo(token);
	}

	@Test
	void aTokenThatCannotBeAnApnsTokenIsRefused() {
		Session member = this.testAccounts.newMember();
		register(member, "APNS", "not hex at all").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("token");
		register(member, "PIGEON", apnsToken()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("platform");
	}

	@Test
	void aMemberCannotSeeOrRemoveAnotherMembersDevice() {
		Session owner = this.testAccounts.newMember();
		Session other = this.testAccounts.newMember();
		long id = deviceId(register(owner, "APNS", apnsToken()));

		this.client.delete()
			.uri("/api/v1/me/devices/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, other.bearer())
			.exchange()
			.expectStatus()
			.isNotFound();
		devices(other).expectBody().jsonPath("$.length()").isEqualTo(0);
		devices(owner).expectBody().jsonPath("$[0].id").isEqualTo(id);

		this.client.delete()
			.uri("/api/v1/me/devices/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, owner.bearer())
			.exchange()
			.expectStatus()
			.isNoContent();
		devices(owner).expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void aMemberOptsOutOfPushAndBackIn() {
		Session member = this.testAccounts.newMember();
		choosePush(member, true).expectStatus().isOk().expectBody().jsonPath("$.pushOptedOut").isEqualTo(true);
		this.client.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectBody()
			.jsonPath("$.pushOptedOut")
			.isEqualTo(true);
		choosePush(member, false).expectBody().jsonPath("$.pushOptedOut").isEqualTo(false);
	}

	private RestTestClient.ResponseSpec choosePush(Session member, boolean optedOut) {
		return this.client.put()
			.uri("/api/v1/me/push-preference")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("optedOut", optedOut))
			.exchange();
	}

	private RestTestClient.ResponseSpec register(Session member, String platform, String token) {
		return this.client.post()
			.uri("/api/v1/me/devices")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("platform", platform, "token", token))
			.exchange();
	}

	private RestTestClient.ResponseSpec devices(Session member) {
		return this.client.get()
			.uri("/api/v1/me/devices")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static long deviceId(RestTestClient.ResponseSpec response) {
		return response.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id") instanceof Number id ? id.longValue() : -1;
	}

	static String apnsToken() {
		byte[] token = new byte[32];
		ThreadLocalRandom.current().nextBytes(token);
		return HexFormat.of().formatHex(token);
	}

	static String fcmToken() {
		return "fcm:" + apnsToken() + "_" + apnsToken().substring(0, 40);
	}

}
