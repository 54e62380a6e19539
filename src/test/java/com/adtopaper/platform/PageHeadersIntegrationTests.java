package com.adtopaper.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every answer tells the browser, as production configures it: a content security
 * policy without inline script or style, a referrer policy, HSTS; redirects that go to
 * the service's own address whatever {@code Host} the client sent; the API's description
 * for operators only.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "adtopaper.web.public-base-url=https://www.adtopaper.example",
		"adtopaper.security.headers.hsts-on-every-response=true", "adtopaper.security.headers.api-docs=admin" })
class PageHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void everyPageAndAnswerCarriesThePoliciesAndNoPolicyAllowsInlineScript() throws IOException {
		for (String path : List.of("/", "/login", "/signup", "/css/site.css", "/no-such-page", "/print")) {
			String response = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			String policy = header(response, "Content-Security-Policy");
			assertThat(policy).as(path).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
			assertThat(policy).as(path).doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(header(response, "Strict-Transport-Security")).as(path).contains("max-age=31536000");
		}
		String api = send("GET /api/v1/schools HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(header(api, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void aRedirectGoesToThePublicAddressWhateverHostTheClientNamed() throws IOException {
		String forged = "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n";
		String toLogin = send("GET /print HTTP/1.1\r\n" + forged + "\r\n");
		assertThat(toLogin).startsWith("HTTP/1.1 302");
		assertThat(header(toLogin, "Location")).isEqualTo("https://www.adtopaper.example/login");

		String loginPage = send("GET /login HTTP/1.1\r\n" + forged + "\r\n");
		String cookie = header(loginPage, "Set-Cookie").split(";")[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(token.find()).isTrue();
		String form = "username=nobody%40test.adtopaper.example&password=wrong&_csrf=" + token.group(1);
		String failed = send("POST /login HTTP/1.1\r\n" + forged + "Cookie: " + cookie + "\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
				+ form);
		assertThat(failed).startsWith("HTTP/1.1 302");
		assertThat(header(failed, "Location")).isEqualTo("https://www.adtopaper.example/login?error");
	}

	@Test
	void onlyOperatorsReadTheApiDescription() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
		for (Role role : List.of(Role.MEMBER, Role.ADVERTISER, Role.PARTNER)) {
			this.mvc.perform(get("/v3/api-docs").cookie(session(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/swagger-ui/index.html").cookie(session(role))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/v3/api-docs").cookie(session(Role.ADMIN))).andExpect(status().isOk());
	}

	private Cookie session(Role role) throws Exception {
		String email = TestAccounts.uniqueEmail(role.name().toLowerCase());
		this.accounts.create(email, TestAccounts.PASSWORD, "Test " + role, role);
		Cookie session = this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	/** A raw request: Java's HTTP client will not send a forged {@code Host}. */
	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String response, String name) {
		int end = response.indexOf("\r\n\r\n");
		for (String line : ((end < 0) ? response : response.substring(0, end)).split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
				return line.substring(colon + 1).trim();
			}
		}
		return null;
	}

}
