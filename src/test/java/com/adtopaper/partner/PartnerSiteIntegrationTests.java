package com.adtopaper.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.adtopaper.EnglishPages;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.PartnerProfiles;
import com.adtopaper.settlement.Statements;
import com.adtopaper.settlement.internal.EarningsWriter;
import com.adtopaper.settlement.internal.EarningsWriter.Place;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partners' site as a partner, their staff, another partner and a member use it: each
 * page of the partner's own, money hidden from staff, payee details changed through forms
 * (a wrong one refused, naming what is wrong, nothing changed), statements as a page, a
 * CSV and a PDF of their own only.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(EnglishPages.class)
class PartnerSiteIntegrationTests {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Printers printers;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	EarningsWriter writer;

	@Autowired
	Statements statements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPartnerSeesTheirPrintersLogAndAccountAndTheirStaffNoMoney() throws Exception {
		Printer printer = printer("=cmd|' /C calc'!A0 Café", "Lobby");
		String job = "job-" + UUID.randomUUID();
		write(printer, new PagesPrinted(job, 77, printer.id(), 1, 5, Instant.now(), null,
				List.of(new PaidSide(1, 1, 1, 40), new PaidSide(2, 1, 1, 40))));
		Cookie partner = login(email(printer), "/partner");

		this.mvc.perform(get("/partner").cookie(partner))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<strong id=\"sidesToday\">5</strong>"),
					containsString("<span id=\"earnedToday\">40</span>"), containsString("ESTIMATED"))));
		this.mvc.perform(get("/partner/printers").cookie(partner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lobby")));
		this.mvc.perform(get("/partner/printers/" + printer.id()).cookie(partner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"sides-today\">5</dd>")));
		this.mvc.perform(get("/partner/log").cookie(partner))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(job), containsString("₩40"))));
		String csv = this.mvc.perform(get("/partner/log.csv").cookie(partner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// the site's name was typed by someone: in the CSV it cannot start a formula
		assertThat(csv).contains(job).contains("'=cmd").doesNotContain(",=cmd").doesNotContain("@");

		// a bad business number: said on the page, nothing saved
		this.mvc
			.perform(post("/partner/account/profile").cookie(partner)
				.with(csrf())
				.param("legalName", "Café Corp")
				.param("businessNumber", "123-45-67890"))
			.andExpect(redirectedUrl("/partner/account"));
		problem(partner, "business registration number");
		assertThat(this.profiles.get(printer.partnerId()).legalName()).isNotEqualTo("Café Corp");
		this.mvc.perform(post("/partner/account/profile").cookie(partner)
			.with(csrf())
			.param("legalName", "Café Corp")
			.param("businessNumber", "220-81-62517"));
		notice(partner, "Your payee details are saved.");
		// the bank account changes only with the password, and is shown masked
		this.mvc.perform(post("/partner/account/bank").cookie(partner)
			.with(csrf())
			.param("bankCode", "004")
			.param("number", "123-456-789012")
			.param("holder", "Café Corp")
			.param("password", "not the password"));
		problem(partner, "password");
		assertThat(this.profiles.get(printer.partnerId()).maskedAccount()).isNull();
		this.mvc.perform(post("/partner/account/bank").cookie(partner)
			.with(csrf())
			.param("bankCode", "4")
			.param("number", "12-34")
			.param("holder", "Café Corp")
			.param("password", TestAccounts.PASSWORD));
		problem(partner, "code");
		assertThat(this.profiles.get(printer.partnerId()).maskedAccount()).isNull();
		this.mvc.perform(post("/partner/account/bank").cookie(partner)
			.with(csrf())
			.param("bankCode", "004")
			.param("number", "123-456-789012")
			.param("holder", "Café Corp")
			.param("password", TestAccounts.PASSWORD));
		notice(partner, "The payout account is changed.");
		this.mvc.perform(get("/partner/account").cookie(partner))
			.andExpect(content().string(
					allOf(containsString("9012"), not(containsString("123456789012")), containsString("2208162517"))));

		String staffEmail = TestAccounts.uniqueEmail("staff");
		// a staff account without an address or with a short password: refused, none made
		for (String[] bad : new String[][] { { "", TestAccounts.PASSWORD, "e-mail" },
				{ staffEmail, "short", "password" }, { staffEmail, TestAccounts.PASSWORD + "\u0000", "" } }) {
			this.mvc.perform(post("/partner/account/staff").cookie(partner)
				.with(csrf())
				.param("name", bad[2].isEmpty() ? "x".repeat(101) : "Clerk")
				.param("email", bad[0])
				.param("password", bad[1]));
			problem(partner, bad[2].isEmpty() ? "name" : bad[2]);
		}
		assertThat(this.profiles.staff(printer.partnerId())).isEmpty();
		assertThat(this.accounts.findByEmail(staffEmail)).isEmpty();
		this.mvc.perform(post("/partner/account/staff").cookie(partner)
			.with(csrf())
			.param("name", "Clerk")
			.param("email", staffEmail)
			.param("password", TestAccounts.PASSWORD));
		notice(partner, "The staff account is made.");
		Cookie staff = login(staffEmail, "/partner/printers");
		this.mvc.perform(get("/partner/printers").cookie(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lobby"), not(containsString("Statements")))));
		this.mvc.perform(get("/partner/log").cookie(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(job), not(containsString("₩40")))));
		for (String path : List.of("/partner", "/partner/statements", "/partner/account", "/partner/live",
				"/partner/statements/2021-01.pdf")) {
			this.mvc.perform(get(path).cookie(staff)).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/partner/account/bank").cookie(staff)
				.with(csrf())
				.param("bankCode", "088")
				.param("number", "999999999999")
				.param("holder", "Thief")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(this.profiles.get(printer.partnerId()).bankCode()).isEqualTo("004");

		// another partner: not found; a member: refused
		Printer other = printer("Elsewhere", "Back");
		Cookie otherPartner = login(email(other), "/partner");
		this.mvc.perform(get("/partner/printers/" + printer.id()).cookie(otherPartner))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("AdToPaper for partners")));
		this.mvc.perform(get("/partner/log").param("printer", Long.toString(printer.id())).cookie(otherPartner))
			.andExpect(status().isNotFound());
		long staffId = this.accounts.findByEmail(staffEmail).orElseThrow().id();
		this.mvc.perform(post("/partner/account/staff/" + staffId + "/remove").cookie(otherPartner).with(csrf()))
			.andExpect(status().isNotFound());
		String memberEmail = TestAccounts.uniqueEmail("member");
		this.accounts.create(memberEmail, TestAccounts.PASSWORD, "Member", Role.MEMBER);
		Cookie member = login(memberEmail, "/account");
		// no other role opens any page of the site
		for (Role role : List.of(Role.MEMBER, Role.ADVERTISER, Role.ADMIN)) {
			Cookie session = (role == Role.MEMBER) ? member : loginAs(role);
			for (String path : List.of("/partner", "/partner/printers", "/partner/printers/" + printer.id(),
					"/partner/log", "/partner/log.csv", "/partner/statements", "/partner/statements/2021-01",
					"/partner/statements/2021-01.csv", "/partner/statements/2021-01.pdf", "/partner/account",
					"/partner/live")) {
				this.mvc.perform(get(path).cookie(session)).andExpect(status().isForbidden());
			}
			this.mvc.perform(post("/partner/account/profile").cookie(session).with(csrf()).param("legalName", "X"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/partner/printers")).andExpect(redirectedUrl("/login"));

		// the staff account removed: it can no longer sign in
		this.mvc.perform(post("/partner/account/staff/" + staffId + "/remove").cookie(partner).with(csrf()))
			.andExpect(redirectedUrl("/partner/account"));
		this.mvc.perform(formLogin().user(staffEmail).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aClosedMonthsStatementIsAPageACsvAndAPdfOfItsPartnerOnly() throws Exception {
		YearMonth month = this.statements.lastClosed().map((m) -> m.plusMonths(1)).orElse(YearMonth.of(2021, 1));
		Printer printer = printer("정문 복사실", "1층");
		Instant at = month.atDay(10).atTime(12, 0).atZone(SEOUL).toInstant();
		write(printer, new PagesPrinted("job-" + UUID.randomUUID(), 77, printer.id(), 1, 3, at, null,
				List.of(new PaidSide(1, 1, 1, 1_000), new PaidSide(2, 1, 1, 1_234))));
		this.statements.close(month);
		Cookie partner = login(email(printer), "/partner");

		this.mvc.perform(get("/partner/statements").cookie(partner))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("statement-" + month), containsString("FINAL"), containsString("ESTIMATED"))));
		this.mvc.perform(get("/partner/statements/" + month).cookie(partner))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("정문 복사실 · 1층"), containsString("₩1,117"))));
		String csv = this.mvc.perform(get("/partner/statements/" + month + ".csv").cookie(partner))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("statement-" + month + ".csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains("정문 복사실").contains("1117");
		byte[] pdf = this.mvc.perform(get("/partner/statements/" + month + ".pdf").cookie(partner))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(month.toString())
				.contains("정문 복사실")
				.contains("1,117")
				.contains("FINAL");
		}

		// another partner has no statement of that month: not found, in every form
		Cookie other = login(email(printer("Elsewhere", "Back")), "/partner");
		for (String path : List.of("", ".csv", ".pdf")) {
			this.mvc.perform(get("/partner/statements/" + month + path).cookie(other)).andExpect(status().isNotFound());
		}
		// a month not closed yet has no statement; a month that is no month is refused
		this.mvc.perform(get("/partner/statements/" + YearMonth.now(SEOUL)).cookie(partner))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/partner/statements/2026-13").cookie(partner)).andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/partner/log").param("from", LocalDate.now(SEOUL).toString())
				.param("to", LocalDate.now(SEOUL).minusDays(3).toString())
				.cookie(partner))
			.andExpect(status().isBadRequest());
	}

	private Printer printer(String site, String name) {
		return this.printers
			.get(TestPrinters.onlinePrinter(this.accounts, this.printers, site, null, name).printerId());
	}

	private String email(Printer printer) {
		return this.accounts.find(printer.partnerId()).orElseThrow().email();
	}

	private void write(Printer printer, PagesPrinted event) {
		this.writer.write(List.of(event), Map.of(printer.id(), new Place(printer.partnerId(), printer.siteId())));
	}

	/** The account page, after a change refused, says why. */
	private void problem(Cookie partner, String problem) throws Exception {
		this.mvc.perform(get("/partner/account").cookie(partner))
			.andExpect(content()
				.string(matchesRegex("(?s).*<p class=\"error\" id=\"problem\">[^<]*" + Pattern.quote(problem) + ".*")));
	}

	/** The account page, after a change, says it is done. */
	private void notice(Cookie partner, String notice) throws Exception {
		this.mvc.perform(get("/partner/account").cookie(partner))
			.andExpect(content().string(containsString("<p class=\"notice\" id=\"notice\">" + notice + "</p>")));
	}

	private Cookie loginAs(Role role) throws Exception {
		String email = TestAccounts.uniqueEmail(role.name().toLowerCase());
		this.accounts.create(email, TestAccounts.PASSWORD, "Someone", role);
		Cookie session = this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private Cookie login(String email, String home) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl(home))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

}
