package com.adtopaper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser (Accept: text/html) walks every route family with no session, the wrong role
 * and bad ids: every error it meets is one of the site's error pages, never JSON or the
 * Whitelabel page.
 */
@IntegrationTest
class BrowserErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	record Visit(String who, String method, String path, int status, String contentType, String body) {

		@Override
		public String toString() {
			return this.who + " " + this.method + " " + this.path + " -> " + this.status + " " + this.contentType + " "
					+ this.body.replaceAll("\\s+", " ")
						.substring(0, Math.min(160, this.body.replaceAll("\\s+", " ").length()));
		}

	}

	@Test
	void everyErrorABrowserMeetsIsAnErrorPageOfTheSite() throws Exception {
		String member = TestAccounts.uniqueEmail("browser-member");
		this.accounts.create(member, TestAccounts.PASSWORD, "Someone", Role.MEMBER);
		String partner = TestAccounts.uniqueEmail("browser-partner");
		this.accounts.create(partner, TestAccounts.PASSWORD, "Partner", Role.PARTNER);
		List<Visit> visits = new ArrayList<>();
		String[] paths = { "/admin", "/admin/members/1", "/partner", "/partner/x", "/api/v1/admin/members/1",
				"/api/v1/partner/account", "/api/v1/me/points", "/printer/v1/jobs/next", "/no-such-page",
				"/print/jobs/nope/preview/1.png", "/print/documents/999999/file", "/advertiser/campaigns/999999",
				"/account?page=x", "/error", "/actuator/metrics", "/v3/api-docs" };
		for (String who : new String[] { "anonymous", "member", "partner" }) {
			HttpClient browser = who.equals("anonymous") ? HttpClient.newHttpClient()
					: browser(who.equals("member") ? member : partner);
			for (String path : paths) {
				visits.add(visit(browser, who, "GET", path));
			}
			visits.add(visit(browser, who, "DELETE", "/account"));
			visits.add(visit(browser, who, "POST", "/print/jobs"));
			visits.add(visit(browser, who, "POST", "/api/v1/admin/sites"));
		}
		for (Visit visit : visits) {
			if (visit.status() < 400) {
				continue;
			}
			assertThat(visit.contentType()).as(visit.toString()).startsWith("text/html");
			assertThat(visit.body()).as(visit.toString())
				.contains("<title>")
				.contains("AdToPaper")
				.doesNotContain("Whitelabel")
				.doesNotContain("\"status\":");
		}
		// the API's routes, the operators' and partners' included, refuse a browser with
		// a
		// page that says what is wrong, with the status an API client gets
		assertThat(find(visits, "anonymous", "/api/v1/admin/members/1").status()).isEqualTo(401);
		assertThat(find(visits, "member", "/api/v1/partner/account").body()).contains("먼저 로그인하세요");
		assertThat(find(visits, "member", "/admin").status()).isEqualTo(403);
		assertThat(find(visits, "member", "/admin").body()).contains("이 계정으로는 열 수 없는 페이지입니다");
		assertThat(find(visits, "partner", "/print/documents/999999/file").status()).isEqualTo(403);
		assertThat(find(visits, "member", "/print/documents/999999/file").status()).isEqualTo(404);
		assertThat(find(visits, "member", "/no-such-page").body()).contains("찾는 페이지가 없습니다");
	}

	@Test
	void anApiClientStillGetsProblemDetails() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/admin/members/1"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		HttpResponse<String> noAccept = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/partner/account")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(noAccept.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private static Visit find(List<Visit> visits, String who, String path) {
		return visits.stream()
			.filter((visit) -> visit.who().equals(who) && visit.path().equals(path) && visit.method().equals("GET"))
			.findFirst()
			.orElseThrow();
	}

	private Visit visit(HttpClient browser, String who, String method, String path) throws Exception {
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Visit(who, method, path, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
				answer.body());
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
