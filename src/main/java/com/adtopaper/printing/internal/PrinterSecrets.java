package com.adtopaper.printing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Printer keys and codes. A printer's secret is derived from its key id with the server's
 * key (HMAC-SHA256), so no secret is stored: a copy of the database signs nothing, and
 * renewing a key is choosing a new key id.
 */
@Component
public class PrinterSecrets {

	// no 0/O, 1/I/L: codes are read off a sticker and typed
	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec serverKey;

	PrinterSecrets(PrinterSettings settings) {
		byte[] key = Base64.getDecoder().decode(settings.keySecret());
		if (key.length < 32) {
			throw new IllegalStateException("adtopaper.printing.printers.key-secret must be at least 32 bytes");
		}
		this.serverKey = new SecretKeySpec(key, "HmacSHA256");
	}

	public String secretOf(String keyId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.serverKey);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(("printer-key:" + keyId).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String newKeyId() {
		return "pk_" + random(24);
	}

	public String newCode() {
		return "P" + random(5);
	}

	/** A six-digit code a member types at a printer. */
	public String newReleaseCode() {
		return "%06d".formatted(this.random.nextInt(1_000_000));
	}

	private String random(int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHABET[this.random.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

}
