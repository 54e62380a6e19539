package com.adtopaper.web;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.Pdfs;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account pages against the real servers, with GreenMail as the SMTP server: the
 * profile ads target, a change of password, a forgotten password reset by the mailed link
 * (once), and the deletion of the account (what named the member erased, the ledger kept,
 * no log-in by page or token after).
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccountPagesIntegrationTests {

	static final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		mail.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		mail.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	SchoolVerification verification;

	@Autowired
	PushDevices devices;

	@Autowired
	Documents documents;

	@Autowired
	Points points;

	@Autowired
	JdbcTemplate jdbc;

	WebMembers web;

	@BeforeEach
	void setUp() {
		this.web = new WebMembers(this.mvc, this.members, this.points);
	}

	@Test
	void aMemberChangesWhatAdsTargetAndTheirPassword() throws Exception {
		String email = TestAccounts.uniqueEmail("profile");
		this.web.newMember(email);
		Cookie session = this.web.login(email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/account").cookie(session).locale(Locale.KOREAN))
			.andExpect(content().string(containsString("광고주는 학교, 전공, 입학 연도, 성별로 광고를 보여줄 대상을 고릅니다")))
			.andExpect(content().string(containsString("서울대학교")))
			.andExpect(content().string(containsString("value=\"경제학\"")));

		this.mvc
			.perform(post("/account/profile").param("major", "컴퓨터공학")
				.param("admissionYear", "2024")
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "web.account.profile.saved"));
		this.mvc
			.perform(post("/account/profile").param("major", "컴퓨터공학")
				.param("admissionYear", "1990")
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "web.account.profile.bad-year"));
		this.mvc.perform(post("/account/profile").param("major", "x").param("admissionYear", "2024").cookie(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				get("/account").cookie(session).locale(Locale.KOREAN).flashAttr("notice", "web.account.profile.saved"))
			.andExpect(content().string(containsString("프로필을 저장했습니다.")))
			.andExpect(content().string(containsString("value=\"컴퓨터공학\"")))
			.andExpect(content().string(containsString("value=\"2024\"")));

		// what a member types comes back as text, never as markup
		this.mvc
			.perform(post("/account/profile").param("major", "<script>alert(1)</script>")
				.param("admissionYear", "2024")
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("notice", "web.account.profile.saved"));
		this.mvc.perform(get("/account").cookie(session))
			.andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert"))));

		this.mvc
			.perform(post("/account/password").param("currentPassword", "not my password")
				.param("newPassword", "a new password")
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "web.account.password.wrong"));
		this.mvc
			.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "short")
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "web.account.password.rules"));
		this.mvc
			.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "a new password")
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("notice", "web.account.password.changed"));
		this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user(email).password("a new password")).andExpect(redirectedUrl("/account"));
	}

	@Test
	void aForgottenPasswordIsResetOnceByTheMailedLinkAndNoOneLearnsWhoHasAnAccount() throws Exception {
		String email = TestAccounts.uniqueEmail("forgot");
		this.web.newMember(email);
		String nobody = TestAccounts.uniqueEmail("nobody");

		MvcResult known = this.mvc.perform(post("/password-reset/mail").param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/password-reset?sent"))
			.andReturn();
		MvcResult unknown = this.mvc.perform(post("/password-reset/mail").param("email", nobody).with(csrf()))
			.andExpect(redirectedUrl("/password-reset?sent"))
			.andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus());
		this.mvc.perform(get("/password-reset").param("sent", "").locale(Locale.KOREAN))
			.andExpect(content().string(containsString("이 주소로 된 계정이 있다면")));
		this.mvc.perform(post("/password-reset/mail").param("email", email)).andExpect(status().isForbidden());

		String body = mailTo(email, "비밀번호 재설정");
		assertThat(body).contains("30");
		String token = find(body, "/password-reset\\?token=([A-Za-z0-9_-]{20,})");
		this.mvc.perform(get("/password-reset").param("token", token).locale(Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("새 비밀번호 정하기")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(post("/password-reset").param("token", token).param("password", "short").with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/password-reset").param("token", token).param("password", "reset password 1").with(csrf()))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user(email).password("reset password 1")).andExpect(redirectedUrl("/account"));

		// the link a second time: refused, and the password stays
		this.mvc.perform(get("/password-reset").param("token", token).locale(Locale.KOREAN))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("이 링크는 쓸 수 없습니다")));
		this.mvc
			.perform(post("/password-reset").param("token", token).param("password", "reset password 2").with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(formLogin().user(email).password("reset password 1")).andExpect(redirectedUrl("/account"));
		assertThat(this.jdbc.queryForObject("select count(*) from password_resets where token_hash = ?", Integer.class,
				token))
			.isZero();
	}

	@Test
	void aDeletedMemberIsErasedTheLedgerKeptAndNeitherPageNorTokenLetsThemIn() throws Exception {
		String email = TestAccounts.uniqueEmail("delete");
		long id = this.web.newMember(email);
		this.devices.registerDevice(id, DevicePlatform.APNS,
				java.util.HexFormat.of().formatHex(new byte[32]).replace('0', 'a'));
		this.documents.upload(id, "나의 비밀 일기.pdf", new ByteArrayInputStream(Pdfs.text(1)));
		TestAccounts.Session app = new TestAccounts(this.client, this.accounts, this.verification).login(email);
		Cookie session = this.web.login(email, TestAccounts.PASSWORD);

		this.mvc.perform(get("/account/delete").cookie(session).locale(Locale.KOREAN))
			.andExpect(content().string(containsString("포인트 내역 (지급, 사용, 환불)")))
			.andExpect(content().string(containsString("개인정보 보호법에 따라")))
			.andExpect(content().string(containsString("회원님을 알아볼 수 있는 정보 없이")));
		this.mvc.perform(
				post("/account/delete").param("email", email).param("password", "wrong").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/account/delete"))
			.andExpect(flash().attribute("problem", "web.account.password.wrong"));
		this.mvc
			.perform(post("/account/delete").param("email", "someone@snu.ac.kr")
				.param("password", TestAccounts.PASSWORD)
				.cookie(session)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "web.delete.email-wrong"));
		assertThat(this.accounts.find(id).orElseThrow().email()).isEqualTo(email.toLowerCase());

		this.mvc
			.perform(post("/account/delete").param("email", email.toUpperCase())
				.param("password", TestAccounts.PASSWORD)
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/?deleted"));
		this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.client.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, app.bearer())
			.exchange()
			.expectStatus()
			.isUnauthorized();

		assertThat(this.jdbc.queryForMap("select email, display_name, enabled from accounts where id = ?", id))
			.doesNotContainValue(email.toLowerCase())
			.containsEntry("display_name", "-")
			.containsEntry("enabled", false);
		assertThat(this.jdbc.queryForMap("select major, birth_year, gender from members where account_id = ?", id))
			.containsEntry("major", "")
			.containsEntry("birth_year", 0)
			.containsEntry("gender", "UNDISCLOSED");
		assertThat(
				this.jdbc.queryForObject("select count(*) from member_devices where member_id = ?", Integer.class, id))
			.isZero();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from documents where member_id = ? and (expired_at is null or filename <> '-')",
					Integer.class, id) == 0);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from points_accounts where member_id = ? and closed_at is not null", Integer.class,
					id) == 1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from points_ledger where member_id = ?", Integer.class, id))
			.isEqualTo(1);
		// a reset mail for the old address goes nowhere
		int mails = mail.getReceivedMessages().length;
		this.mvc.perform(post("/password-reset/mail").param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/password-reset?sent"));
		Thread.sleep(500);
		assertThat(mail.getReceivedMessages()).hasSize(mails);
	}

	private static String mailTo(String email, String subject) {
		String[] text = new String[1];
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (MimeMessage message : mail.getReceivedMessages()) {
				List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.map(Object::toString)
					.toList();
				if (to.contains(email.toLowerCase()) && message.getSubject().contains(subject)) {
					text[0] = message.getContent().toString();
					return true;
				}
			}
			return false;
		});
		return text[0];
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
		return matcher.group(1);
	}

}
