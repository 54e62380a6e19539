package com.adtopaper.agent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests as {@code docs/printer-api.md} says: HMAC-SHA256 over the method, the
 * path and query, the timestamp, the nonce and the body's SHA-256, keyed with the secret.
 */
final class RequestSigner {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String keyId;

	private final byte[] secret;

	private final Clock clock;

	private final Supplier<String> nonces;

	RequestSigner(String keyId, String secret, Clock clock, Supplier<String> nonces) {
		this.keyId = keyId;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
		this.nonces = nonces;
	}

	RequestSigner(String keyId, String secret) {
		this(keyId, secret, Clock.systemUTC(), RequestSigner::newNonce);
	}

	/** The four headers, as name and value pairs, for one request. */
	List<String> headers(String method, String pathAndQuery, byte[] body) {
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		String nonce = this.nonces.get();
		String signature = sign(canonical(method, pathAndQuery, timestamp, nonce, body));
		return List.of("X-Printer-Key", this.keyId, "X-Printer-Timestamp", timestamp, "X-Printer-Nonce", nonce,
				"X-Printer-Signature", signature);
	}

	static String canonical(String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
		return String.join("\n", method, pathAndQuery, timestamp, nonce, sha256Hex(body));
	}

	String sign(String canonical) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** 32 characters of {@code [A-Za-z0-9_-]}. */
	static String newNonce() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
