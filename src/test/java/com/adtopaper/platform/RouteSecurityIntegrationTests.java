package com.adtopaper.platform;

import java.util.stream.Stream;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Each channel admits its own role and nobody else, on the API (operators' reads also
 * admit support).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteSecurityIntegrationTests {

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	Session member;

	Session advertiser;

	Session partner;

	Session staff;

	Session admin;

	Session support;

	@BeforeAll
	void accounts() {
		var testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		this.member = testAccounts.newMember();
		this.advertiser = testAccounts.newAccount(Role.ADVERTISER);
		this.partner = testAccounts.newAccount(Role.PARTNER);
		this.staff = testAccounts.newAccount(Role.PARTNER_STAFF);
		this.admin = testAccounts.newAccount(Role.ADMIN);
		this.support = testAccounts.newAccount(Role.SUPPORT);
	}

	static Stream<Arguments> routes() {
		return Stream.of(Arguments.of("/api/v1/me", Role.MEMBER), Arguments.of("/api/v1/me/points", Role.MEMBER),
				Arguments.of("/api/v1/me/devices", Role.MEMBER),
				Arguments.of("/api/v1/advertiser/account", Role.ADVERTISER),
				Arguments.of("/api/v1/partner/account", Role.PARTNER),
				Arguments.of("/api/v1/partner/earnings", Role.PARTNER),
				Arguments.of("/api/v1/partner/statements", Role.PARTNER),
				Arguments.of("/api/v1/partner/profile", Role.PARTNER),
				Arguments.of("/api/v1/admin/settlement/statements?period=2021-01", Role.ADMIN),
				Arguments.of("/api/v1/admin/settlement/partners/{partner}/terms", Role.ADMIN),
				Arguments.of("/api/v1/admin/members/{member}", Role.ADMIN),
				Arguments.of("/api/v1/admin/members/{member}/points", Role.ADMIN));
	}

	@ParameterizedTest(name = "{0} admits {1} only")
	@MethodSource("routes")
	void eachRouteAdmitsItsRoleOnly(String route, Role allowed) {
		String uri = route.replace("{member}", Long.toString(this.member.id()))
			.replace("{partner}", Long.toString(this.partner.id()));
		for (Role role : Role.values()) {
			var response = this.client.get()
				.uri(uri)
				.header(HttpHeaders.AUTHORIZATION, session(role).bearer())
				.exchange()
				.expectStatus();
			// The read-only support role reads what operators read.
			if (role == allowed || (allowed == Role.ADMIN && role == Role.SUPPORT)) {
				response.isOk();
			}
			else {
				response.isForbidden();
			}
		}
		this.client.get().uri(uri).exchange().expectStatus().isUnauthorized();
	}

	private Session session(Role role) {
		return switch (role) {
			case MEMBER -> this.member;
			case ADVERTISER -> this.advertiser;
			case PARTNER -> this.partner;
			case PARTNER_STAFF -> this.staff;
			case ADMIN -> this.admin;
			case SUPPORT -> this.support;
		};
	}

}
