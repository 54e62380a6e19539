package com.adtopaper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.ads.Advertisers;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error outside any controller (no such page, a refused role) ends on the error page
 * of the channel that owns the path, in that channel's layout, Korean unless the browser
 * asks for English; the API still answers with a problem detail.
 */
@IntegrationTest
class ChannelErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Advertisers advertisers;

	@Test
	void aMissingPageOfTheSiteIsTheSitesErrorPage() throws Exception {
		String email = TestAccounts.uniqueEmail("errors-member");
		this.accounts.create(email, TestAccounts.PASSWORD, "Someone", Role.MEMBER);
		HttpClient browser = browser(email);
		HttpResponse<String> page = html(browser, "/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("찾는 페이지가 없습니다").contains("오류 404").doesNotContain("Whitelabel");
	}

	@Test
	void aMissingOrRefusedPageOfTheAdvertiserSiteIsItsErrorPage() throws Exception {
		String email = TestAccounts.uniqueEmail("errors-advertiser");
		this.advertisers.invite(email, TestAccounts.PASSWORD, "Errors Co", "Errors", "010-0000-1111");
		HttpResponse<String> missing = html(browser(email), "/advertiser/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("AdToPaper 광고주").contains("찾는 페이지가 없습니다");
		HttpResponse<String> english = browser(email)
			.send(HttpRequest.newBuilder(URI.create(base() + "/advertiser/no-such-page"))
				.header("Accept", "text/html")
				.header("Accept-Language", "en-US,en;q=0.9")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(english.body()).contains("AdToPaper for advertisers")
			.contains("There is no such page.")
			.doesNotContain("찾는 페이지가 없습니다");

		String member = TestAccounts.uniqueEmail("errors-not-advertiser");
		this.accounts.create(member, TestAccounts.PASSWORD, "Someone", Role.MEMBER);
		HttpResponse<String> refused = html(browser(member), "/advertiser/campaigns");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("AdToPaper 광고주").contains("이 계정으로는 열 수 없는 페이지입니다");
	}

	@Test
	void theApiAnswersAMissingRouteWithAProblemDetail() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/schools/nothing/here"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private HttpResponse<String> html(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpClient browser(String email) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = http
			.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isEqualTo(302);
		return http;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
