package com.adtopaper.admin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
import com.adtopaper.settlement.PartnerTerms;
import com.adtopaper.settlement.Statement;
import com.adtopaper.settlement.Statements;
import com.adtopaper.settlement.internal.EarningsWriter;
import com.adtopaper.settlement.internal.EarningsWriter.Place;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' settlement endpoints as operators, partners and members call them: bad
 * terms, a date in a closed month, a month not over, a payout moved backwards, each a
 * clear 4xx naming the field or state, with nothing changed; every other role refused.
 */
@IntegrationTest
class SettlementAdminApiIntegrationTests {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Printers printers;

	@Autowired
	PartnerTerms terms;

	@Autowired
	Statements statements;

	@Autowired
	EarningsWriter writer;

	@Test
	void badSettlementRequestsAreRefusedNamingWhatIsWrongAndChangeNothing() {
		TestAccounts testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		Session operator = testAccounts.newAccount(Role.ADMIN);
		Printer printer = this.printers
			.get(TestPrinters.onlinePrinter(this.accounts, this.printers, "Strict shop", null, "Front").printerId());
		LocalDate today = LocalDate.now(SEOUL);

		for (int share : List.of(10_001, -1)) {
			post(operator, "/api/v1/admin/settlement/terms",
					Map.of("siteId", printer.siteId(), "shareBps", share, "houseFee", 0, "effectiveFrom", today))
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("shareBps");
		}
		assertThat(this.terms.ofPartner(printer.partnerId())).isEmpty();

		// a month closed: terms dated in it are refused; it cannot close before it ends
		YearMonth month = this.statements.lastClosed().map((m) -> m.plusMonths(1)).orElse(YearMonth.of(2021, 1));
		this.writer.write(
				List.of(new PagesPrinted("job-" + UUID.randomUUID(), 1, printer.id(), 1, 2,
						month.atDay(5).atTime(10, 0).atZone(SEOUL).toInstant(), null,
						List.of(new PaidSide(1, 1, 1, 60_000), new PaidSide(2, 1, 1, 60_000)))),
				Map.of(printer.id(), new Place(printer.partnerId(), printer.siteId())));
		post(operator, "/api/v1/admin/settlement/close", Map.of("period", month.toString())).expectStatus().isOk();
		post(operator, "/api/v1/admin/settlement/terms",
				Map.of("siteId", printer.siteId(), "shareBps", 4000, "houseFee", 0, "effectiveFrom", month.atDay(20)))
			.expectStatus()
			.is4xxClientError()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("effectiveFrom");
		post(operator, "/api/v1/admin/settlement/close", Map.of("period", YearMonth.now(SEOUL).toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("period");
		assertThat(this.terms.ofPartner(printer.partnerId())).isEmpty();

		// paid, then moved back to pending: refused, it stays paid
		Statement statement = this.statements.get(printer.partnerId(), month);
		String payout = "/api/v1/admin/settlement/statements/" + statement.id() + "/payout";
		post(operator, payout, Map.of("status", "ISSUED")).expectStatus().isOk();
		post(operator, payout, Map.of("status", "PAID")).expectStatus().isOk();
		post(operator, payout, Map.of("status", "PENDING")).expectStatus().isEqualTo(409);
		assertThat(this.statements.byId(statement.id()).status().name()).isEqualTo("PAID");
		post(operator, "/api/v1/admin/settlement/statements/999999999/payout", Map.of("status", "PAID")).expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/api/v1/admin/settlement/statements?period=2026-13")
			.header(HttpHeaders.AUTHORIZATION, operator.bearer())
			.exchange()
			.expectStatus()
			.isBadRequest();

		// nobody else: not the partner, their staff or a member
		for (Session other : List.of(testAccounts.login(this.accounts.find(printer.partnerId()).orElseThrow().email()),
				testAccounts.newAccount(Role.PARTNER_STAFF), testAccounts.newMember(),
				testAccounts.newAccount(Role.ADVERTISER))) {
			post(other, "/api/v1/admin/settlement/terms",
					Map.of("siteId", printer.siteId(), "shareBps", 9000, "houseFee", 0, "effectiveFrom", today))
				.expectStatus()
				.isForbidden();
			post(other, payout, Map.of("status", "FAILED", "reason", "x")).expectStatus().isForbidden();
		}
		assertThat(this.terms.ofPartner(printer.partnerId())).isEmpty();
	}

	private RestTestClient.ResponseSpec post(Session who, String uri, Map<String, ?> body) {
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}
