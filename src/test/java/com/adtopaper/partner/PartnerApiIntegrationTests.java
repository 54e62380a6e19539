package com.adtopaper.partner;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.PartnerProfiles;
import com.adtopaper.settlement.internal.EarningsWriter;
import com.adtopaper.settlement.internal.EarningsWriter.Place;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners' API as partners, their staff, other partners and other roles use it: each
 * sees only their own, staff never the money, and a bank account changes only with the
 * password.
 */
@IntegrationTest
class PartnerApiIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Printers printers;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	EarningsWriter writer;

	@Test
	void eachSeesTheirOwnAndStaffNoMoney() {
		TestAccounts testAccounts = new TestAccounts(this.client, this.accounts, this.verification);
		Printer printer = this.printers
			.get(TestPrinters.onlinePrinter(this.accounts, this.printers, "=HYPERLINK(\"x\")", null, "Lobby")
				.printerId());
		this.writer.write(
				List.of(new PagesPrinted("job-" + UUID.randomUUID(), 1, printer.id(), 1, 3, Instant.now(), null,
						List.of(new PaidSide(1, 1, 1, 40)))),
				Map.of(printer.id(), new Place(printer.partnerId(), printer.siteId())));
		String email = this.accounts.find(printer.partnerId()).orElseThrow().email();
		Session partner = testAccounts.login(email);
		String staffEmail = TestAccounts.uniqueEmail("staff");
		this.profiles.addStaff(printer.partnerId(), staffEmail, "Shop clerk", TestAccounts.PASSWORD);
		Session staff = testAccounts.login(staffEmail);
		Session other = testAccounts.newAccount(Role.PARTNER);
		Session member = testAccounts.newMember();

		get(partner, "/api/v1/partner/earnings").isOk()
			.expectBody()
			.jsonPath("$.sidesToday")
			.isEqualTo(3)
			.jsonPath("$.earnedToday")
			.isEqualTo(20);
		get(other, "/api/v1/partner/earnings").isOk().expectBody().jsonPath("$.sidesToday").isEqualTo(0);
		get(staff, "/api/v1/partner/printers").isOk().expectBody().jsonPath("$[0].sidesToday").isEqualTo(3);
		get(staff, "/api/v1/partner/log").isOk()
			.expectBody()
			.jsonPath("$[0].sides")
			.isEqualTo(3)
			.jsonPath("$[0].earned")
			.doesNotExist();
		get(staff, "/api/v1/partner/earnings").isForbidden();
		get(staff, "/api/v1/partner/statements").isForbidden();
		get(staff, "/api/v1/partner/profile").isForbidden();
		get(member, "/api/v1/partner/printers").isForbidden();
		get(other, "/api/v1/partner/log?printer=" + printer.id()).isNotFound();
		get(partner, "/api/v1/partner/statements/2020-01").isNotFound();
		get(partner, "/api/v1/partner/log?from=2026-13-01").isBadRequest();
		get(partner, "/api/v1/partner/log?from=2026-02-01&to=2026-01-01").isBadRequest();

		String csv = get(partner, "/api/v1/partner/log.csv").isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

		put(partner, "/api/v1/partner/profile/bank",
				Map.of("password", "wrong password", "bankCode", "004", "number", "123-456-789012", "holder", "Kim"))
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
		assertThat(this.profiles.bankChanges(printer.partnerId())).isEmpty();
		put(partner, "/api/v1/partner/profile/bank", Map.of("password", TestAccounts.PASSWORD, "bankCode", "004",
				"number", "123-456-789012", "holder", "Kim"))
			.isOk()
			.expectBody()
			.jsonPath("$.maskedAccount")
			.isEqualTo("********9012");
		assertThat(this.profiles.bankChanges(printer.partnerId())).singleElement()
			.satisfies((change) -> assertThat(change.after()).isEqualTo("********9012"));
		put(partner, "/api/v1/partner/profile", Map.of("legalName", "신촌복사", "businessNumber", "123-45-67890"))
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("businessNumber");
	}

	private org.springframework.test.web.servlet.client.StatusAssertions get(Session who, String uri) {
		return this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, who.bearer()).exchange().expectStatus();
	}

	private org.springframework.test.web.servlet.client.StatusAssertions put(Session who, String uri,
			Map<String, String> body) {
		return this.client.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus();
	}

}
