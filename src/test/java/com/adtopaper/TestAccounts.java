package com.adtopaper;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.member.SecondFactors;
import com.adtopaper.platform.security.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Makes accounts the way users do (members sign up through the API, at their school's
 * domain) and logs them in. {@link #newMember()} is verified (an operator confirms the
 * school, as the mail's link would); {@link #newUnverifiedMember()} is not.
 */
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicLong sequence = new AtomicLong();

	private final RestTestClient client;

	private final Accounts accounts;

	private final SchoolVerification verification;

	private final @Nullable SecondFactors factors;

	public TestAccounts(RestTestClient client, Accounts accounts, SchoolVerification verification) {
		this(client, accounts, verification, null);
	}

	/** With operators' second factors, for tests that sign operators in. */
	public TestAccounts(RestTestClient client, Accounts accounts, SchoolVerification verification,
			@Nullable SecondFactors factors) {
		this.client = client;
		this.accounts = accounts;
		this.verification = verification;
		this.factors = factors;
	}

	/** A signed-in account. */
	public record Session(long id, String email, String accessToken, String refreshToken) {

		public String bearer() {
			return "Bearer " + this.accessToken;
		}

	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@snu.ac.kr";
	}

	public static Map<String, Object> registration(String email) {
		return Map.of("email", email, "password", PASSWORD, "name", "Test Member", "schoolId", 1, "major",
				"Computer Science", "admissionYear", 2023, "gender", "FEMALE", "birthYear", 2004);
	}

	/** A member who signed up and verified their school e-mail. */
	public Session newMember() {
		Session member = newUnverifiedMember();
		this.verification.confirmSchool(member.id());
		awaitSignUpBonus(member);
		return member;
	}

	/** A member who signed up (school 1, SNU) and has not verified yet. */
	public Session newUnverifiedMember() {
		String email = uniqueEmail("member");
		this.client.post()
			.uri("/api/v1/members")
			.contentType(MediaType.APPLICATION_JSON)
			.body(registration(email))
			.exchange()
			.expectStatus()
			.isAccepted();
		return login(email);
	}

	/**
	 * The bonus follows the verification asynchronously: a test that reads the balance
	 * starts from it, not from a balance the bonus lands in later.
	 */
	private void awaitSignUpBonus(Session member) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode balance = this.client.get()
				.uri("/api/v1/me/points")
				.header("Authorization", member.bearer())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			if (balance != null && balance.get("available").asLong() > 0) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Uploads a PDF as the member; its document's id. */
	public long upload(Session who, String filename, byte[] pdf) {
		var parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(pdf) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.APPLICATION_PDF);
		JsonNode document = this.client.post()
			.uri("/api/v1/me/documents")
			.header("Authorization", who.bearer())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts.build())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return document.get("id").asLong();
	}

	/**
	 * A new account of this role, signed in to the API; an operator (ADMIN, SUPPORT) with
	 * a second factor, which needs the four-argument constructor.
	 */
	public Session newAccount(Role role) {
		if (role == Role.ADMIN || role == Role.SUPPORT) {
			if (this.factors == null) {
				throw new IllegalStateException(
						"An operator needs a second factor: pass SecondFactors to TestAccounts");
			}
			return newOperator(role, this.factors);
		}
		String email = uniqueEmail(role.name().toLowerCase());
		this.accounts.create(email, PASSWORD, "Test " + role, role);
		return login(email);
	}

	/**
	 * An operator (ADMIN or SUPPORT) with a second factor, signed in to the API with
	 * their password and its code.
	 */
	private Session newOperator(Role role, SecondFactors factors) {
		String email = uniqueEmail(role.name().toLowerCase());
		long id = this.accounts.create(email, PASSWORD, "Test " + role, role).id();
		String secret = factors.newSecret();
		factors.enrolDemo(id, secret);
		return login(email, Map.of("email", email, "password", PASSWORD, "code", factors.currentCode(secret)));
	}

	public Session login(String email) {
		return login(email, Map.of("email", email, "password", PASSWORD));
	}

	private Session login(String email, Map<String, String> body) {
		JsonNode tokens = this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		long id = this.accounts.findByEmail(email).orElseThrow().id();
		return new Session(id, email, tokens.get("accessToken").asString(), tokens.get("refreshToken").asString());
	}

}
