package com.adtopaper.partner;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Korean first, English too: a partner's page is Korean to a browser that names no
 * language or one the sites do not speak, English to one that asks for it, and the switch
 * on the page ({@code ?lang=}) wins over the browser and is remembered. The API's problem
 * details speak the same way.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SiteLanguagesIntegrationTests {

	private static final String KOREAN_HEADING = "<h1>내 프린터</h1>";

	private static final String ENGLISH_HEADING = "<h1>My printers</h1>";

	@Autowired
	MockMvc mvc;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	private Cookie partner;

	@BeforeEach
	void signIn() throws Exception {
		String email = TestAccounts.uniqueEmail("partner");
		this.accounts.create(email, TestAccounts.PASSWORD, "Someone", Role.PARTNER);
		this.partner = this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.partner).isNotNull();
	}

	@Test
	void aPageIsKoreanByDefaultAndEnglishToABrowserThatAsksForIt() throws Exception {
		printers(null).andExpect(content().string(allOf(containsString("<html lang=\"ko\""),
				containsString(KOREAN_HEADING), containsString("로그아웃"), not(containsString("Log out")))));
		printers("fr-FR,fr;q=0.9").andExpect(content().string(containsString(KOREAN_HEADING)));
		printers("en-US,en;q=0.9,ko;q=0.5").andExpect(content().string(allOf(containsString("<html lang=\"en\""),
				containsString(ENGLISH_HEADING), containsString("Log out"), not(containsString("로그아웃")))));
		// the switch is on the page, each language named in itself
		printers(null).andExpect(content().string(allOf(containsString("href=\"?lang=ko\""), containsString(">한국어</a>"),
				containsString("href=\"?lang=en\""), containsString(">English</a>"))));
	}

	@Test
	void theSwitchWinsOverTheBrowserAndIsRemembered() throws Exception {
		Cookie english = this.mvc.perform(get("/partner/printers?lang=en").cookie(this.partner))
			.andExpect(status().isOk())
			.andExpect(cookie().value("lang", "en"))
			.andExpect(content().string(containsString(ENGLISH_HEADING)))
			.andReturn()
			.getResponse()
			.getCookie("lang");
		assertThat(english).isNotNull();
		// a later page, from a browser set to Korean: still English
		this.mvc
			.perform(get("/partner/printers").cookie(this.partner, english)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "ko-KR,ko;q=0.9"))
			.andExpect(content().string(containsString(ENGLISH_HEADING)));
		// a cookie naming a language the sites do not speak: the browser's language
		this.mvc
			.perform(get("/partner/printers").cookie(this.partner, new Cookie("lang", "fr"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9"))
			.andExpect(content().string(allOf(containsString("<html lang=\"ko\""), containsString(KOREAN_HEADING))));
		// and back to Korean
		this.mvc.perform(get("/partner/printers?lang=ko").cookie(this.partner, english))
			.andExpect(cookie().value("lang", "ko"))
			.andExpect(content().string(containsString(KOREAN_HEADING)));
	}

	@Test
	void aProblemDetailIsKoreanByDefaultAndEnglishToAClientThatAsksForIt() {
		badJson(null).jsonPath("$.title")
			.isEqualTo("잘못된 요청")
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).startsWith("요청 본문이 올바른 JSON이 아닙니다"));
		badJson("en").jsonPath("$.title")
			.isEqualTo("Bad Request")
			.jsonPath("$.detail")
			.<String>value((detail) -> assertThat(detail).startsWith("The request body is not valid JSON"));
		// refused by the security filters, before any controller
		this.client.get()
			.uri("/api/v1/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("인증이 필요합니다");
		this.client.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Unauthorized");
	}

	private ResultActions printers(String language) throws Exception {
		var request = get("/partner/printers").cookie(this.partner);
		if (language != null) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		return this.mvc.perform(request).andExpect(status().isOk());
	}

	private RestTestClient.BodyContentSpec badJson(String language) {
		var request = this.client.post()
			.uri("/api/v1/members")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"email\": \"a@b.example\", \"password\": ");
		if (language != null) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		return request.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

}
