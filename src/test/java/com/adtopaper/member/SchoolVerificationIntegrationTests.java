package com.adtopaper.member;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.SchoolVerification;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sign-up sends a real mail (to GreenMail, over SMTP); its link and its code verify the
 * member, and the sign-up bonus follows exactly once, as the ledger's rows show.
 */
@IntegrationTest
class SchoolVerificationIntegrationTests {

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
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

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
	void theLinkVerifiesOnceAndTheBonusIsGrantedOnce() throws Exception {
		String email = TestAccounts.uniqueEmail("link");
		signUp(TestAccounts.registration(email)).expectStatus().isAccepted();
		long id = this.accounts.findByEmail(email).orElseThrow().id();
		assertThat(this.verification.isVerified(id)).isFalse();
		String body = mailTo(email, "인증");

		String token = find(body, "token=([A-Za-z0-9_-]{20,})");
		this.client.get().uri("/verify?token=" + token).exchange().expectStatus().isOk();
		assertThat(this.verification.isVerified(id)).isTrue();
		awaitBonusRows(id, 1);

		// the link again, and the code of the same mail: both used up, nothing more
		this.client.get().uri("/verify?token=" + token).exchange().expectStatus().isBadRequest();
		Session member = this.testAccounts.login(email);
		code(member, find(body, "code: (\\d{6})")).expectStatus().isOk();
		Thread.sleep(1500);
		assertThat(bonusRows(id)).isEqualTo(1);
		assertThat(balance(id)).isEqualTo(500);
	}

	@Test
	void theCodeVerifiesFromTheAppAfterAWrongOneAndTheBonusIsGrantedOnce() throws Exception {
		String email = TestAccounts.uniqueEmail("code");
		signUp(TestAccounts.registration(email)).expectStatus().isAccepted();
		String code = find(mailTo(email, "인증"), "code: (\\d{6})");
		Session member = this.testAccounts.login(email);
		this.client.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectBody()
			.jsonPath("$.verified")
			.isEqualTo(false);

		String wrong = code.equals("000000") ? "111111" : "000000";
		code(member, wrong).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(bonusRows(member.id())).isZero();

		code(member, code).expectStatus().isOk().expectBody().jsonPath("$.verified").isEqualTo(true);
		awaitBonusRows(member.id(), 1);
		code(member, code).expectStatus().isOk();
		this.verification.confirmSchool(member.id());
		Thread.sleep(1500);
		assertThat(bonusRows(member.id())).isEqualTo(1);
		assertThat(balance(member.id())).isEqualTo(500);
	}

	@Test
	void aTakenAddressGetsTheSameAnswerAsAFreshOneAndItsOwnerANotice() throws Exception {
		String taken = TestAccounts.uniqueEmail("taken");
		EntityExchangeResult<byte[]> first = signUp(TestAccounts.registration(taken)).expectBody().returnResult();
		mailTo(taken, "인증");
		int accounts = count("accounts");
		int members = count("members");

		var again = new java.util.HashMap<>(TestAccounts.registration(taken.toUpperCase()));
		again.put("password", "another password entirely");
		EntityExchangeResult<byte[]> second = signUp(again).expectBody().returnResult();
		String fresh = TestAccounts.uniqueEmail("fresh");
		EntityExchangeResult<byte[]> third = signUp(TestAccounts.registration(fresh)).expectBody().returnResult();

		assertThat(second.getStatus()).isEqualTo(first.getStatus()).isEqualTo(third.getStatus());
		assertThat(second.getStatus().value()).isEqualTo(202);
		assertThat(new String(second.getResponseBody())).isEqualTo(new String(first.getResponseBody()))
			.isEqualTo(new String(third.getResponseBody()))
			.contains("Check your mail");
		assertThat(count("accounts")).isEqualTo(accounts + 1);
		assertThat(count("members")).isEqualTo(members + 1);
		assertThat(mailTo(taken, "가입 시도")).contains("Someone tried to sign up");
		// the owner's password is still theirs
		this.testAccounts.login(taken);
	}

	@Test
	void anAddressOutsideTheSchoolsDomainsIsRefusedAndNamesThem() {
		int accounts = count("accounts");
		signUp(TestAccounts.registration("someone@gmail.com")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("email")
			.jsonPath("$.errors[0].message")
			.<String>value((message) -> assertThat(message).contains("snu.ac.kr"));
		assertThat(count("accounts")).isEqualTo(accounts);
	}

	private RestTestClient.ResponseSpec signUp(Map<String, Object> body) {
		return this.client.post().uri("/api/v1/members").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private RestTestClient.ResponseSpec code(Session member, String code) {
		return this.client.post()
			.uri("/api/v1/me/verification")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", code))
			.exchange();
	}

	/** The text of the mail to this address whose subject has this. */
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
		assertThat(matcher.find()).as(regex + " in\n" + text).isTrue();
		return matcher.group(1);
	}

	private void awaitBonusRows(long id, int rows) {
		await().atMost(Duration.ofSeconds(10)).until(() -> bonusRows(id) == rows);
	}

	private int bonusRows(long id) {
		return this.jdbc.queryForObject(
				"select count(*) from points_ledger where member_id = ? and idempotency_key = ?", Integer.class, id,
				"sign-up-bonus:" + id);
	}

	private long balance(long id) {
		return this.jdbc.queryForList("select available from points_accounts where member_id = ?", Long.class, id)
			.stream()
			.findFirst()
			.orElse(0L);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
