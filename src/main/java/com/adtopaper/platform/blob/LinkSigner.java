package com.adtopaper.platform.blob;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local store's equivalent of an S3 pre-signed URL: an HMAC-SHA256 over the key, the
 * download name and the expiry, checked in constant time.
 */
final class LinkSigner {

	private final byte[] secret;

	private final Clock clock;

	LinkSigner(byte[] secret, Clock clock) {
		if (secret.length < 32) {
			throw new IllegalStateException("adtopaper.blobs.link-secret must be at least 32 bytes (base64)");
		}
		this.secret = secret.clone();
		this.clock = clock;
	}

	String sign(String key, String name, long expiresEpochSecond) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] signature = mac
				.doFinal((key + "\n" + name + "\n" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the signature is this key's, name's and expiry's, and not expired. */
	boolean verify(String key, String name, long expiresEpochSecond, String signature) {
		boolean genuine = MessageDigest.isEqual(sign(key, name, expiresEpochSecond).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
		return genuine && this.clock.instant().isBefore(Instant.ofEpochSecond(expiresEpochSecond));
	}

	Instant now() {
		return this.clock.instant();
	}

}
