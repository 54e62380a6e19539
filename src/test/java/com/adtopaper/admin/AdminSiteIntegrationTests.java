package com.adtopaper.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestPrinters;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.member.SecondFactors;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.EntryKind;
import com.adtopaper.points.Points;
import com.adtopaper.printerapi.SignedPrinterClient;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.Printers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin site as operators, support staff, every other role and strangers use it: the
 * second factor before any page (a wrong code, a code used twice and five wrong codes
 * refused), every page and action refused to every other role, support staff refused
 * every change, and an operator's actions (block, adjust, refund, key rotation, campaign
 * approval) taking effect where the member, the printer and the advertiser notice, each
 * in the audit log that no one can change.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(AdminFixture.class)
class AdminSiteIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminFixture fixture;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	SecondFactors factors;

	@Autowired
	Points points;

	@Autowired
	Printers printers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.adtopaper.settlement.Statements statements;

	@Autowired
	com.adtopaper.settlement.PartnerTerms terms;

	@Autowired
	com.adtopaper.settlement.internal.EarningsWriter earnings;

	@Autowired
	org.springframework.session.SessionRepository<? extends org.springframework.session.Session> sessions;

	@Test
	void anOperatorsSessionEndsAfterThirtyIdleMinutesAMembersDoesNot() throws Exception {
		Cookie operator = signIn(this.fixture.operator(Role.ADMIN));
		assertThat(this.sessions.findById(sessionId(operator)).getMaxInactiveInterval())
			.isEqualTo(java.time.Duration.ofMinutes(30));
		// 29 idle minutes: still signed in, and the request counts as activity
		idle(this.sessions, sessionId(operator), java.time.Duration.ofMinutes(29));
		this.mvc.perform(get("/admin").cookie(operator)).andExpect(status().isOk());
		assertThat(this.sessions.findById(sessionId(operator)).getLastAccessedTime())
			.isAfter(java.time.Instant.now().minusSeconds(60));
		// 31 idle minutes: gone, the log-in page again
		idle(this.sessions, sessionId(operator), java.time.Duration.ofMinutes(31));
		this.mvc.perform(get("/admin").cookie(operator)).andExpect(redirectedUrl("/login"));

		// a member's session keeps the site's longer idle time
		Cookie member = passwordOnly(testAccounts().newMember().email());
		assertThat(this.sessions.findById(sessionId(member)).getMaxInactiveInterval())
			.isGreaterThan(java.time.Duration.ofHours(1));
	}

	/** The session was last used {@code idle} ago. */
	private static <S extends org.springframework.session.Session> void idle(
			org.springframework.session.SessionRepository<S> repository, String id, java.time.Duration idle) {
		S session = repository.findById(id);
		session.setLastAccessedTime(java.time.Instant.now().minus(idle));
		repository.save(session);
	}

	/** The session's id in its cookie (Spring Session writes it Base64-encoded). */
	private static String sessionId(Cookie cookie) {
		return new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anOperatorNeedsTheirSecondFactorAndACodeCountsOnce() throws Exception {
		AdminFixture.Operator operator = this.fixture.operator(Role.ADMIN);
		Cookie password = passwordOnly(operator.email());
		this.mvc.perform(get("/admin").cookie(password)).andExpect(redirectedUrl("/admin/second-factor"));
		this.mvc.perform(get("/admin/members").cookie(password)).andExpect(redirectedUrl("/admin/second-factor"));

		String code = this.fixture.code(operator);
		this.mvc
			.perform(post("/admin/second-factor").cookie(password).with(csrf()).param("code", AdminFixture.wrong(code)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"wrong-code\"")));
		MvcResult right = this.mvc
			.perform(post("/admin/second-factor").cookie(password).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		Cookie session = right.getResponse().getCookie("SESSION");
		assertThat(session).as("a new session id once the factor is given").isNotNull();
		assertThat(session.getValue()).isNotEqualTo(password.getValue());
		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
		// the id from before the second factor no longer signs anyone in
		this.mvc.perform(get("/admin").cookie(password)).andExpect(redirectedUrl("/login"));

		// the same code again, in another sign-in: refused (RFC 6238 §5.2)
		Cookie again = passwordOnly(operator.email());
		this.mvc.perform(post("/admin/second-factor").cookie(again).with(csrf()).param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"wrong-code\"")));
		this.mvc.perform(get("/admin").cookie(again)).andExpect(redirectedUrl("/admin/second-factor"));

		// five wrong codes (the one used before counts) end the sign-in
		for (int i = 2; i < SecondFactorController.ATTEMPTS; i++) {
			this.mvc
				.perform(
						post("/admin/second-factor").cookie(again).with(csrf()).param("code", AdminFixture.wrong(code)))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(post("/admin/second-factor").cookie(again).with(csrf()).param("code", AdminFixture.wrong(code)))
			.andExpect(redirectedUrl("/login?factor"));
		this.mvc.perform(get("/admin").cookie(again)).andExpect(redirectedUrl("/login"));

		assertThat(this.jdbc.queryForList("select action from audit_entries where actor_id = ? order by id",
				String.class, operator.id()))
			.containsSubsequence("login.password", "login.second-factor-failed", "login.second-factor",
					"login.password", "login.second-factor-failed");
	}

	@Test
	void anOperatorWithoutAFactorSetsOneUpFromTheQrCode() throws Exception {
		String email = TestAccounts.uniqueEmail("operator");
		long id = this.accounts.create(email, TestAccounts.PASSWORD, "New Operator", Role.ADMIN).id();
		Cookie password = passwordOnly(email);
		String page = this.mvc.perform(get("/admin/second-factor").cookie(password))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = java.util.regex.Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>").matcher(page);
		assertThat(shown.find()).isTrue();
		// the page shows the same secret until it is used
		this.mvc.perform(get("/admin/second-factor").cookie(password))
			.andExpect(content().string(containsString(shown.group(1))));
		assertThat(this.factors.enrolled(id)).isFalse();
		MvcResult enrolled = this.mvc
			.perform(post("/admin/second-factor").cookie(password)
				.with(csrf())
				.param("code", this.factors.currentCode(shown.group(1))))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		assertThat(this.factors.enrolled(id)).isTrue();
		this.mvc.perform(get("/admin/audit").cookie(enrolled.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("login.second-factor-enrolled")));
	}

	@Test
	void everyAdminPageAndActionIsRefusedToEveryOtherRoleAndSupportChangesNothing() throws Exception {
		Session member = testAccounts().newMember();
		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "경영관", null, "1층");
		long campaign = this.fixture.pendingCampaign("Review");
		String m = Long.toString(member.id());
		List<String> pages = List.of("/admin", "/admin/members", "/admin/members/" + m, "/admin/printers",
				"/admin/printers/board", "/admin/printers/" + printer.printerId(), "/admin/campaigns",
				"/admin/campaigns/" + campaign, "/admin/operations", "/admin/settlement",
				"/admin/settlement/partners/" + partnerOf(printer), "/admin/push", "/admin/audit",
				"/admin/second-factor");
		Map<String, Map<String, String>> actions = new java.util.HashMap<>(
				Map.of("/admin/members/" + m + "/block", Map.of(), "/admin/members/" + m + "/points",
						Map.of("change", "1000", "reason", "free", "formKey", key()),
						"/admin/members/" + m + "/devices/1/revoke", Map.of(),
						"/admin/printers/" + printer.printerId() + "/key", Map.of(),
						"/admin/campaigns/" + campaign + "/approve", Map.of(),
						"/admin/campaigns/" + campaign + "/reject", Map.of("reason", "no")));
		actions.put("/admin/operations/morning",
				Map.of("day", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString()));
		actions.put("/admin/settlement/close", Map.of("period", "2020-01"));
		actions.put("/admin/push", Map.of("title", "Free money", "body", "Click"));
		actions.put("/admin/printers/" + printer.printerId() + "/disable", Map.of("reason", "broken"));
		actions.put("/admin/sites",
				Map.of("partnerId", Long.toString(partnerOf(printer)), "name", "Sneaky", "region", "Seoul"));
		actions.put("/admin/settlement/partners/" + partnerOf(printer) + "/adjustments",
				Map.of("kind", "ADJUSTMENT", "amount", "1000", "reason", "free money"));
		actions.put("/admin/operations/queues/points/dead/nothing/retry", Map.of());
		actions.put("/admin/members/" + m + "/devices/1/test", Map.of());

		for (Role role : List.of(Role.MEMBER, Role.ADVERTISER, Role.PARTNER, Role.PARTNER_STAFF)) {
			Cookie session = passwordOnly(account(role));
			for (String page : pages) {
				this.mvc.perform(get(page).cookie(session)).andExpect(status().isForbidden());
			}
			for (var action : actions.entrySet()) {
				this.mvc.perform(post(action.getKey()).cookie(session).with(csrf()).params(form(action.getValue())))
					.andExpect(status().isForbidden());
			}
		}
		for (String page : pages) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
		for (var action : actions.keySet()) {
			this.mvc.perform(post(action).with(csrf())).andExpect(redirectedUrl("/login"));
		}

		Cookie support = signIn(this.fixture.operator(Role.SUPPORT));
		for (String page : pages) {
			this.mvc.perform(get(page).cookie(support))
				.andExpect(page.endsWith("second-factor") ? redirectedUrl("/admin") : status().isOk());
		}
		// support sees the member's page without a single form that changes something
		this.mvc.perform(get("/admin/members/" + m).cookie(support))
			.andExpect(content().string(allOf(not(containsString("id=\"block\"")), not(containsString("/points\"")))));
		for (var action : actions.entrySet()) {
			this.mvc.perform(post(action.getKey()).cookie(support).with(csrf()).params(form(action.getValue())))
				.andExpect(status().isForbidden());
		}
		// values out of bounds get the site's page saying which, not a server error
		for (String bad : List.of("/admin/members?q=" + "x".repeat(201), "/admin/audit?page=-1",
				"/admin/members?school=abc", "/admin/audit?from=yesterday", "/admin/members/" + m + "?ledger=-3",
				"/admin/push?year=1800&title=t")) {
			this.mvc.perform(get(bad).cookie(support))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"problem\"")));
		}

		// nothing changed
		assertThat(this.accounts.isActive(member.id())).isTrue();
		assertThat(this.campaigns.find(campaign).status()).isEqualTo(CampaignStatus.PENDING_REVIEW);
		assertThat(this.printers.key(printer.keyId())).isPresent();
		assertThat(this.points.history(member.id(), 0, 50).getContent())
			.noneMatch((entry) -> entry.kind() == EntryKind.ADJUSTMENT);
	}

	@Test
	void anOperatorsActionsTakeEffectAndTheAuditLogShowsEachWithBeforeAndAfter() throws Exception {
		Cookie operator = signIn(this.fixture.operator(Role.ADMIN));
		TestAccounts testAccounts = testAccounts();
		Session member = testAccounts.newMember();
		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "학생회관", null, "2층");
		PrintJob job = this.fixture.printed(member.id(), printer, 4);
		long charged = this.points.refundable(job.holdKey());
		assertThat(charged).isPositive();
		long before = this.points.balance(member.id()).available();
		String hostile = "<script>alert('x')</script>";

		// a refund of part of the job, with a comment the member reads
		this.mvc
			.perform(post("/admin/members/" + member.id() + "/jobs/" + job.id() + "/refund").cookie(operator)
				.with(csrf())
				.param("points", "1")
				.param("comment", "Faint print " + hostile)
				.param("formKey", key()))
			.andExpect(redirectedUrl("/admin/members/" + member.id()));
		assertThat(this.points.balance(member.id()).available()).isEqualTo(before + 1);
		assertThat(this.points.history(member.id(), 0, 5).getContent().getFirst().kind()).isEqualTo(EntryKind.REFUND);
		// more than is left of what it charged: refused, nothing changed
		this.mvc
			.perform(post("/admin/members/" + member.id() + "/jobs/" + job.id() + "/refund").cookie(operator)
				.with(csrf())
				.param("points", Long.toString(charged))
				.param("comment", "All of it again")
				.param("formKey", key()))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("id=\"problem\"")));
		assertThat(this.points.balance(member.id()).available()).isEqualTo(before + 1);
		// another member's job is not this member's to refund
		Session other = testAccounts.newMember();
		this.mvc
			.perform(post("/admin/members/" + other.id() + "/jobs/" + job.id() + "/refund").cookie(operator)
				.with(csrf())
				.param("points", "1")
				.param("comment", "Wrong member")
				.param("formKey", key()))
			.andExpect(status().isNotFound());
		assertThat(this.points.balance(member.id()).available()).isEqualTo(before + 1);

		// the printer's page logs the job once settlement has counted it
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.mvc.perform(get("/admin/printers/" + printer.printerId()).cookie(operator))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("<code>" + job.id() + "</code>"));

		// an adjustment sent twice counts once
		String adjustmentKey = key();
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/admin/members/" + member.id() + "/points").cookie(operator)
					.with(csrf())
					.param("change", "25")
					.param("reason", "Sorry " + hostile)
					.param("formKey", adjustmentKey))
				.andExpect(redirectedUrl("/admin/members/" + member.id()));
		}
		assertThat(this.points.balance(member.id()).available()).isEqualTo(before + 26);

		// blocked: the member can no longer log in
		this.mvc
			.perform(post("/admin/members/" + member.id() + "/block").cookie(operator)
				.with(csrf())
				.param("comment", "Abuse " + hostile))
			.andExpect(redirectedUrl("/admin/members/" + member.id()));
		this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", member.email(), "password", TestAccounts.PASSWORD))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri("/api/v1/me")
			.header("Authorization", member.bearer())
			.exchange()
			.expectStatus()
			.isUnauthorized();

		// the member's page shows it all, typed text escaped
		this.mvc.perform(get("/admin/members/" + member.id()).cookie(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-kind=\"REFUND\""),
					containsString("Faint print &lt;script&gt;"), containsString("points.refund"),
					containsString("account.block"), not(containsString(hostile)))));

		// a new key: the old one is refused at once, the new one works
		SignedPrinterClient old = this.fixture.agent(printer.keyId(), printer.secret());
		assertThat(old.get("/printer/v1/jobs/next?wait=0").statusCode()).isIn(200, 204);
		String keyPage = this.mvc
			.perform(post("/admin/printers/" + printer.printerId() + "/key").cookie(operator).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher keyId = java.util.regex.Pattern.compile("<code id=\"key-id\">([^<]+)</code>").matcher(keyPage);
		Matcher secret = java.util.regex.Pattern.compile("<code id=\"secret\">([^<]+)</code>").matcher(keyPage);
		assertThat(keyId.find() && secret.find()).isTrue();
		assertThat(old.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(401);
		assertThat(this.fixture.agent(keyId.group(1), secret.group(1)).get("/printer/v1/jobs/next?wait=0").statusCode())
			.isIn(200, 204);
		// the audit log keeps that the key changed, never the secret
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entries where action = 'printer.rotate-key' and object_id = ?"
						+ " and (state_after like ? or state_before like ?)",
				Long.class, Long.toString(printer.printerId()), "%" + secret.group(1) + "%",
				"%" + secret.group(1) + "%"))
			.isZero();

		// out of service: nothing is released to it, its agent gets no job; then back
		this.mvc
			.perform(post("/admin/printers/" + printer.printerId() + "/disable").cookie(operator)
				.with(csrf())
				.param("reason", "Fuser broken"))
			.andExpect(redirectedUrl("/admin/printers/" + printer.printerId()));
		assertThat(this.printers.get(printer.printerId()).status().errors()).contains("DISABLED");
		PrintJob waiting = this.fixture.newJob(member.id(), 1);
		assertThatExceptionOfType(com.adtopaper.printing.PrintingExceptions.PrinterUnavailable.class)
			.isThrownBy(() -> this.fixture.release(member.id(), waiting, printer));
		SignedPrinterClient current = this.fixture.agent(keyId.group(1), secret.group(1));
		assertThat(current.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(204);
		this.mvc.perform(post("/admin/printers/" + printer.printerId() + "/enable").cookie(operator).with(csrf()))
			.andExpect(redirectedUrl("/admin/printers/" + printer.printerId()));
		this.fixture.release(member.id(), waiting, printer);
		assertThat(current.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(200);

		// a new site and its printer, whose agent can then sign in
		String siteAdded = this.mvc
			.perform(post("/admin/sites").cookie(operator)
				.with(csrf())
				.param("partnerId", Long.toString(partnerOf(printer)))
				.param("name", "별관 " + hostile)
				.param("region", "Seoul"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("별관 &lt;script&gt;"), not(containsString(hostile)))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher site = java.util.regex.Pattern.compile("action=\"/admin/sites/([0-9]+)/printers\"").matcher(siteAdded);
		assertThat(site.find()).isTrue();
		String registered = this.mvc
			.perform(post("/admin/sites/" + site.group(1) + "/printers").cookie(operator)
				.with(csrf())
				.param("name", "1층 복도"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher newKey = java.util.regex.Pattern.compile("<code id=\"key-id\">([^<]+)</code>").matcher(registered);
		Matcher newSecret = java.util.regex.Pattern.compile("<code id=\"secret\">([^<]+)</code>").matcher(registered);
		assertThat(newKey.find() && newSecret.find()).isTrue();
		assertThat(this.fixture.agent(newKey.group(1), newSecret.group(1))
			.get("/printer/v1/jobs/next?wait=0")
			.statusCode()).isIn(200, 204);
		// a site for someone who is not a partner: not found
		this.mvc
			.perform(post("/admin/sites").cookie(operator)
				.with(csrf())
				.param("partnerId", Long.toString(member.id()))
				.param("name", "Nowhere")
				.param("region", "Seoul"))
			.andExpect(status().isNotFound());

		// a campaign approved: its advertiser's campaign runs
		long campaign = this.fixture.pendingCampaign("Review");
		this.mvc.perform(get("/admin/campaigns").cookie(operator))
			.andExpect(content().string(containsString("/admin/campaigns/" + campaign + "\"")));
		this.mvc.perform(get("/admin/campaigns/" + campaign).cookie(operator))
			.andExpect(content().string(containsString("class=\"a4\"")));
		this.mvc.perform(post("/admin/campaigns/" + campaign + "/approve").cookie(operator).with(csrf()))
			.andExpect(redirectedUrl("/admin/campaigns/" + campaign));
		assertThat(this.campaigns.find(campaign).status()).isIn(CampaignStatus.APPROVED, CampaignStatus.RUNNING);

		// the audit log: each change, with what it was before and after
		this.mvc
			.perform(get("/admin/audit").cookie(operator)
				.param("objectType", "account")
				.param("objectId", Long.toString(member.id())))
			.andExpect(content().string(allOf(containsString("account.block"), containsString("points.adjust"),
					containsString("points.refund"), containsString("&quot;enabled&quot;:true"),
					containsString("&quot;enabled&quot;:false"), not(containsString(hostile)))));
		this.mvc.perform(get("/admin/audit").cookie(operator).param("action", "campaign."))
			.andExpect(content().string(containsString("campaign " + campaign)));
		this.mvc.perform(get("/admin/audit").cookie(operator).param("action", "printer."))
			.andExpect(content().string(containsString("printer " + printer.printerId())));

		// and no one can change or remove an entry, not even with SQL
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_entries set comment = 'nothing happened'"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_entries where action = 'account.block'"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entries where action = 'account.block' and object_id = ?", Long.class,
				Long.toString(member.id())))
			.isEqualTo(1);
	}

	@Test
	void anOperatorRunsTheMorningByHandAndNobodyIsCreditedTwice() throws Exception {
		Cookie operator = signIn(this.fixture.operator(Role.ADMIN));
		Session member = testAccounts().newMember();
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/admin/operations/morning").cookie(operator).with(csrf()).param("day", today))
				.andExpect(redirectedUrl("/admin/operations"));
		}
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> morningEntries(member.id(), today) == 1);
		Thread.sleep(1_000);
		assertThat(morningEntries(member.id(), today)).isEqualTo(1);
		this.mvc.perform(get("/admin/operations").cookie(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>" + today + "</td>")));
		// a day in the future is not a morning to run
		this.mvc
			.perform(post("/admin/operations/morning").cookie(operator)
				.with(csrf())
				.param("day", java.time.LocalDate.parse(today).plusDays(1).toString()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/admin/operations/morning").cookie(operator).with(csrf()).param("day", "not-a-day"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/audit").cookie(operator).param("action", "morning."))
			.andExpect(content().string(containsString("morning " + today)));
	}

	@Test
	void anOperatorClosesAMonthMovesItsPayoutAndSetsAPartnersTermsAndAdjustments() throws Exception {
		Cookie operator = signIn(this.fixture.operator(Role.ADMIN));
		PrinterCredentials credentials = TestPrinters.onlinePrinter(this.accounts, this.printers, "인문관", null, "1층");
		var printer = this.printers.get(credentials.printerId());
		java.time.YearMonth month = this.statements.lastClosed()
			.map((closed) -> closed.plusMonths(1))
			.orElse(java.time.YearMonth.of(2021, 1));
		// enough for a payout above the threshold
		List<com.adtopaper.printing.PagesPrinted.PaidSide> paid = java.util.stream.IntStream.rangeClosed(1, 10)
			.mapToObj((side) -> new com.adtopaper.printing.PagesPrinted.PaidSide(side, 1, 1, 100_000))
			.toList();
		this.earnings
			.write(List.of(new com.adtopaper.printing.PagesPrinted("job-" + UUID.randomUUID(), 77, printer.id(), 1, 10,
					month.atDay(3).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant(), null, paid)),
					Map.of(printer.id(), new com.adtopaper.settlement.internal.EarningsWriter.Place(printer.partnerId(),
							printer.siteId())));

		this.mvc
			.perform(post("/admin/settlement/close").cookie(operator).with(csrf()).param("period", month.toString()))
			.andExpect(redirectedUrl("/admin/settlement?period=" + month));
		var statement = this.statements.get(printer.partnerId(), month);
		this.mvc.perform(get("/admin/settlement").cookie(operator).param("period", month.toString()))
			.andExpect(content().string(containsString("/admin/settlement/statements/" + statement.id() + "\"")));
		this.mvc.perform(get("/admin/settlement/statements/" + statement.id()).cookie(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lines\"")));
		assertThat(statement.status().next(statement.business())).isNotEmpty();
		var to = statement.status().next(statement.business()).iterator().next();
		this.mvc
			.perform(post("/admin/settlement/statements/" + statement.id() + "/payout").cookie(operator)
				.with(csrf())
				.param("status", to.name())
				.param("reason", "Checked by hand"))
			.andExpect(redirectedUrl("/admin/settlement/statements/" + statement.id()));
		assertThat(this.statements.byId(statement.id()).status()).isEqualTo(to);
		// the running month cannot be closed
		this.mvc
			.perform(post("/admin/settlement/close").cookie(operator)
				.with(csrf())
				.param("period", java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).toString()))
			.andExpect(status().isBadRequest());

		String hostile = "<script>alert('x')</script>";
		String partnerPage = "/admin/settlement/partners/" + printer.partnerId();
		this.mvc.perform(post(partnerPage + "/terms").cookie(operator)
			.with(csrf())
			.param("siteId", Long.toString(printer.siteId()))
			.param("shareBps", "6000")
			.param("houseFee", "0")
			.param("effectiveFrom", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1).toString()))
			.andExpect(redirectedUrl(partnerPage));
		assertThat(this.terms.ofPartner(printer.partnerId())).anyMatch((t) -> t.shareBps() == 6000);
		this.mvc
			.perform(post(partnerPage + "/adjustments").cookie(operator)
				.with(csrf())
				.param("kind", "ADJUSTMENT")
				.param("amount", "1500")
				.param("reason", "Paper we owe " + hostile))
			.andExpect(redirectedUrl(partnerPage));
		assertThat(this.statements.openAdjustments(printer.partnerId())).anyMatch((a) -> a.amount() == 1500);
		// another partner's site is not this partner's to set terms for
		var elsewhere = this.printers
			.get(TestPrinters.onlinePrinter(this.accounts, this.printers, "남의 가게", null, "A").printerId());
		this.mvc
			.perform(post(partnerPage + "/terms").cookie(operator)
				.with(csrf())
				.param("siteId", Long.toString(elsewhere.siteId()))
				.param("shareBps", "9000")
				.param("houseFee", "0")
				.param("effectiveFrom", "2030-01-01"))
			.andExpect(status().isNotFound());
		assertThat(this.terms.ofPartner(printer.partnerId())).noneMatch((t) -> t.shareBps() == 9000);

		this.mvc.perform(get(partnerPage).cookie(operator))
			.andExpect(content()
				.string(allOf(containsString("Paper we owe &lt;script&gt;"), containsString("settlement.terms"),
						containsString("settlement.adjust"), not(containsString(hostile)))));
		this.mvc.perform(get("/admin/audit").cookie(operator).param("action", "settlement."))
			.andExpect(
					content().string(allOf(containsString("settlement.close"), containsString("settlement.payout"))));
	}

	private long partnerOf(PrinterCredentials printer) {
		return this.printers.get(printer.printerId()).partnerId();
	}

	private long morningEntries(long memberId, String day) {
		return this.jdbc.queryForObject(
				"select count(*) from points_ledger where member_id = ? and idempotency_key = ?", Long.class, memberId,
				"morning:" + day + ":" + memberId);
	}

	private String account(Role role) {
		String email = TestAccounts.uniqueEmail(role.name().toLowerCase());
		this.accounts.create(email, TestAccounts.PASSWORD, "Someone", role);
		return email;
	}

	/** Signed in with the password only. */
	private Cookie passwordOnly(String email) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	/** Signed in with the password and the second factor. */
	private Cookie signIn(AdminFixture.Operator operator) throws Exception {
		Cookie password = passwordOnly(operator.email());
		Cookie session = this.mvc.perform(
				post("/admin/second-factor").cookie(password).with(csrf()).param("code", this.fixture.code(operator)))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private TestAccounts testAccounts() {
		return new TestAccounts(this.client, this.accounts, this.verification);
	}

	private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> values) {
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		values.forEach(form::add);
		return form;
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	/**
	 * A code that is not this one (nor, but for a chance of one in a million, its
	 * neighbours').
	 */

}
