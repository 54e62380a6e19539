package com.adtopaper.web;

import java.time.Duration;
import java.util.Locale;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.Printers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The members' pages: sign-up, form login with CSRF and a session in Redis, the account
 * page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class WebPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	Printers printers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SchoolVerification verification;

	@Test
	void aVisitorSignsUpLogsInAndSeesTheirPoints() throws Exception {
		String email = TestAccounts.uniqueEmail("web");
		this.mvc.perform(signUp(email, "2004")).andExpect(redirectedUrl("/login?registered"));
		long id = this.accounts.findByEmail(email).orElseThrow().id();
		this.verification.confirmSchool(id);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(id).available() == 500);

		Cookie session = login(email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("<strong id=\"available\">500</strong>")));
		this.mvc.perform(get("/points").cookie(session).locale(java.util.Locale.KOREAN))
			.andExpect(content().string(containsString("가입 환영 포인트")));
	}

	@Test
	void theSignUpPageShowsWhatIsWrongAndWritesNothing() throws Exception {
		int accounts = this.jdbc.queryForObject("select count(*) from accounts", Integer.class);
		this.mvc.perform(signUp("not-an-email", "2004").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be a well-formed email address")));
		this.mvc.perform(signUp(TestAccounts.uniqueEmail("web"), "2099").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The birth year must be between")));
		this.mvc.perform(signUp(TestAccounts.uniqueEmail("web"), "2099"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("출생 연도는 ")));
		assertThat(this.jdbc.queryForObject("select count(*) from accounts", Integer.class)).isEqualTo(accounts);
	}

	@Test
	void signingUpWithATakenEmailAnswersAsForAFreshOne() throws Exception {
		String email = TestAccounts.uniqueEmail("web");
		this.mvc.perform(signUp(email, "2004")).andExpect(redirectedUrl("/login?registered"));
		int accounts = this.jdbc.queryForObject("select count(*) from accounts", Integer.class);
		this.mvc.perform(signUp(email, "2004")).andExpect(redirectedUrl("/login?registered"));
		assertThat(this.jdbc.queryForObject("select count(*) from accounts", Integer.class)).isEqualTo(accounts);
		this.mvc.perform(get("/login").param("registered", "").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("Check your mail")));
	}

	@Test
	void aBadVerificationLinkSaysSo() throws Exception {
		this.mvc.perform(get("/verify").param("token", "not-a-token").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This link is wrong")));
	}

	@Test
	void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "a@b.example").param("password", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongPasswordSaysSoAndRepeatedOnesAreThrottled() throws Exception {
		String email = TestAccounts.uniqueEmail("throttled");
		this.accounts.create(email, TestAccounts.PASSWORD, "Web User", Role.MEMBER);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(email).password("wrong " + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrlPattern("/login?throttled=*"));
		this.mvc.perform(get("/login").param("throttled", "15").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("Too many failed attempts. Try again in 15 minute(s).")));
	}

	@Test
	void aStrangersWrongPasswordsDoNotLockTheOwnerOutOfTheSite() throws Exception {
		String email = TestAccounts.uniqueEmail("stranger");
		this.accounts.create(email, TestAccounts.PASSWORD, "Web User", Role.MEMBER);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(loginFrom("192.0.2.10", email, "wrong " + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(loginFrom("192.0.2.10", email, TestAccounts.PASSWORD))
			.andExpect(redirectedUrlPattern("/login?throttled=*"));
		this.mvc.perform(loginFrom("198.51.100.20", email, TestAccounts.PASSWORD)).andExpect(redirectedUrl("/account"));
	}

	/** A login form posted from a client at this address. */
	private static org.springframework.test.web.servlet.RequestBuilder loginFrom(String address, String email,
			String password) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void aMemberTurnsPushOffFromTheAccountPage() throws Exception {
		String email = TestAccounts.uniqueEmail("push");
		this.mvc.perform(signUp(email, "2004")).andExpect(redirectedUrl("/login?registered"));
		Cookie session = login(email, TestAccounts.PASSWORD);
		this.mvc.perform(post("/account/push").param("optedOut", "true").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").cookie(session).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("Push notifications are off.")))
			.andExpect(content().string(containsString("Verify your school e-mail")))
			.andExpect(content().string(containsString(">Male<")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("MALE"))));
	}

	@Test
	void anOperatorsAdjustmentReadsAsAdToPapersInTheMembersHistory() throws Exception {
		String email = TestAccounts.uniqueEmail("adjusted");
		this.mvc.perform(signUp(email, "2004")).andExpect(redirectedUrl("/login?registered"));
		long id = this.accounts.findByEmail(email).orElseThrow().id();
		// what the operators' API writes
		this.points.adjust(id, 100, "admin-adjustment:" + email, "Sorry for the paper jam (operator 7)");
		this.mvc
			.perform(get("/points").cookie(login(email, TestAccounts.PASSWORD))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("Adjustment by AdToPaper: Sorry for the paper jam")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("operator 7"))));
	}

	@Test
	void aMembersSessionDoesNotOpenOtherChannelsPages() throws Exception {
		String email = TestAccounts.uniqueEmail("pages");
		this.mvc.perform(signUp(email, "2004")).andExpect(redirectedUrl("/login?registered"));
		Cookie session = login(email, TestAccounts.PASSWORD);
		for (String page : new String[] { "/admin", "/advertiser", "/partner", "/actuator/metrics" }) {
			this.mvc.perform(get(page).cookie(session)).andExpect(status().isForbidden());
		}
		String advertiser = TestAccounts.uniqueEmail("pages-advertiser");
		this.accounts.create(advertiser, TestAccounts.PASSWORD, "Advertiser", Role.ADVERTISER);
		Cookie advertiserSession = this.mvc.perform(formLogin().user(advertiser).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		for (String page : new String[] { "/print", "/print/jobs/x/preview/1.png" }) {
			this.mvc.perform(get(page).cookie(advertiserSession)).andExpect(status().isForbidden());
		}
	}

	@Test
	void aMemberUploadsADocumentAndMakesAJobOnThePrintPage() throws Exception {
		String email = TestAccounts.uniqueEmail("print");
		this.mvc.perform(signUp(email, "2004")).andExpect(redirectedUrl("/login?registered"));
		long id = this.accounts.findByEmail(email).orElseThrow().id();
		this.verification.confirmSchool(id);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(id).available() == 500);
		Cookie session = login(email, TestAccounts.PASSWORD);

		// a refusal is said in the member's language: Korean unless they ask for English
		this.mvc
			.perform(multipart("/print/documents")
				.file(new MockMultipartFile("file", "essay.pdf", "application/pdf",
						"not a pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/print"))
			.andExpect(flash().attribute("problem", "이 파일은 이름과 달리 PDF가 아닙니다."));
		this.mvc
			.perform(multipart("/print/documents")
				.file(new MockMultipartFile("file", "essay.pdf", "application/pdf",
						"not a pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.cookie(session)
				.locale(Locale.ENGLISH)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "This file is not a PDF, although its name says so."));
		this.mvc
			.perform(multipart("/print/documents")
				.file(new MockMultipartFile("file", "essay.pdf", "application/pdf", Pdfs.text(3)))
				.cookie(session)
				.locale(Locale.ENGLISH)
				.with(csrf()))
			.andExpect(flash().attribute("notice", "Uploaded essay.pdf."));
		Long documentId = this.jdbc.queryForObject("select id from documents where member_id = ?", Long.class, id);

		this.mvc
			.perform(post("/print/jobs").param("documentId", documentId.toString())
				.param("copies", "2")
				.cookie(session)
				.locale(Locale.ENGLISH)
				.with(csrf()))
			.andExpect(flash().attribute("notice",
					org.hamcrest.Matchers.startsWith("Your job is waiting: 6 pages, 60 points.")));
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("print-partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		// the member signed up at school 1: its printers are listed to release to
		PrinterCredentials printer = this.printers
			.register(this.printers.addSite(partner, "Student union " + id, "Seoul", 1L), "Ground floor");
		this.mvc.perform(get("/print").cookie(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("essay.pdf")))
			.andExpect(content().string(containsString("<td>" + printer.code() + "</td>")))
			.andExpect(content().string(containsString("Student union " + id)))
			.andExpect(content().string(containsString("held for jobs waiting at a printer")));
		this.mvc
			.perform(post("/print/jobs").param("documentId", documentId.toString())
				.param("lastPage", "7")
				.cookie(session)
				.locale(Locale.ENGLISH)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "The last page must be from 1 to 3."));
		this.mvc
			.perform(post("/print/jobs").param("documentId", documentId.toString())
				.param("lastPage", "7")
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "마지막 쪽은 1쪽부터 3쪽 사이여야 합니다."));
		// a mistyped printer code is said on the print page, not on a dead end
		String job = this.jdbc.queryForObject("select id from print_jobs where member_id = ?", String.class, id);
		this.mvc
			.perform(post("/print/jobs/" + job + "/release").param("printerCode", "NOPE1")
				.cookie(session)
				.locale(Locale.ENGLISH)
				.with(csrf()))
			.andExpect(redirectedUrl("/print"))
			.andExpect(flash().attribute("problem",
					org.hamcrest.Matchers.startsWith("There is no printer with the code NOPE1")));
		assertThat(this.points.balance(id).held()).isEqualTo(60);
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
	}

	/** Logs in; the session lives in Redis and comes back as the SESSION cookie. */
	private Cookie login(String email, String password) throws Exception {
		var result = this.mvc.perform(formLogin().user(email).password(password))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signUp(String email,
			String birthYear) {
		return post("/signup").with(csrf())
			.param("email", email)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "Web Member")
			.param("schoolId", "1")
			.param("major", "Economics")
			.param("admissionYear", "2023")
			.param("gender", "MALE")
			.param("birthYear", birthYear);
	}

}
