package com.adtopaper.printerapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * A printer agent's HTTP side, as {@code docs/printer-api.md} describes it: every request
 * signed with the printer's key (HMAC-SHA256 over method, path and query, timestamp,
 * nonce and the body's SHA-256). JDK {@link HttpClient} only, so that an agent can copy
 * it as it is.
 */
public final class SignedPrinterClient {

	private static final SecureRandom random = new SecureRandom();

	private final HttpClient http;

	private final URI base;

	private final String keyId;

	private final String secret;

	/**
	 * @param http the client (HTTP/1.1: each waiting poll holds a connection of its own)
	 * @param base the server, e.g. {@code http://localhost:8080}
	 * @param keyId the printer's key id
	 * @param secret the printer's secret
	 */
	public SignedPrinterClient(HttpClient http, URI base, String keyId, String secret) {
		this.http = http;
		this.base = base;
		this.keyId = keyId;
		this.secret = secret;
	}

	public static HttpClient newHttpClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return this.http.send(request("GET", pathAndQuery, null), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return this.http.send(request("GET", path, null), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> post(String path, @Nullable String json) throws IOException, InterruptedException {
		return send(request("POST", path, json));
	}

	public CompletableFuture<HttpResponse<String>> getAsync(String pathAndQuery) {
		return this.http.sendAsync(request("GET", pathAndQuery, null), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A request signed now, with a new nonce. */
	public HttpRequest request(String method, String pathAndQuery, @Nullable String json) {
		return request(method, pathAndQuery, json, Instant.now().getEpochSecond(), newNonce());
	}

	/**
	 * A request signed at the given time with the given nonce (a test may replay one).
	 */
	public HttpRequest request(String method, String pathAndQuery, @Nullable String json, long timestamp,
			String nonce) {
		byte[] body = (json != null) ? json.getBytes(StandardCharsets.UTF_8) : new byte[0];
		return signed(method, pathAndQuery, body, body, timestamp, nonce);
	}

	/**
	 * A request that sends {@code sent} but is signed over {@code signedBody}: what a
	 * body changed on the way looks like.
	 */
	public HttpRequest signed(String method, String pathAndQuery, byte[] signedBody, byte[] sent, long timestamp,
			String nonce) {
		String timestampValue = Long.toString(timestamp);
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(pathAndQuery))
			.timeout(Duration.ofSeconds(60))
			.header("X-Printer-Key", this.keyId)
			.header("X-Printer-Timestamp", timestampValue)
			.header("X-Printer-Nonce", nonce)
			.header("X-Printer-Signature",
					signature(this.secret, method, pathAndQuery, timestampValue, nonce, signedBody));
		if (sent.length > 0) {
			builder.header("Content-Type", "application/json");
		}
		return builder
			.method(method,
					(sent.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(sent)
							: HttpRequest.BodyPublishers.noBody())
			.build();
	}

	/** 16 random bytes, base64url: 22 characters of {@code [A-Za-z0-9_-]}. */
	public static String newNonce() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Base64 of HMAC-SHA256 over the canonical request, keyed with the secret. */
	public static String signature(String secret, String method, String pathAndQuery, String timestamp, String nonce,
			byte[] body) {
		try {
			String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
			String canonical = String.join("\n", method, pathAndQuery, timestamp, nonce, bodyHash);
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
