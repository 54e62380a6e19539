package com.adtopaper.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.util.SecretBytes;

/**
 * Tink's streaming AEAD, AES-256-GCM with a key derived per stream (HKDF-SHA256) from the
 * configured key, in segments of 1 MiB, each authenticated: a reader gets no byte of a
 * segment that was altered, nor a stream cut short. The associated data is the backup's
 * file name, so an object renamed to pass for another day's fails to decrypt.
 */
final class BackupEncryption {

	static final String SETTING = "adtopaper.backups.key (environment variable ADTOPAPER_BACKUP_KEY)";

	private static final int SEGMENT = 1 << 20;

	private final StreamingAead aead;

	private BackupEncryption(StreamingAead aead) {
		this.aead = aead;
	}

	/** From base64 of at least 32 bytes; the message names the setting, never the key. */
	static BackupEncryption fromBase64(String key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(SETTING + " is not base64");
		}
		if (bytes.length < 32) {
			throw new IllegalStateException(SETTING + " must be at least 32 bytes (openssl rand -base64 32)");
		}
		try {
			AesGcmHkdfStreamingParameters parameters = AesGcmHkdfStreamingParameters.builder()
				.setKeySizeBytes(bytes.length)
				.setDerivedAesGcmKeySizeBytes(32)
				.setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
				.setCiphertextSegmentSizeBytes(SEGMENT)
				.build();
			return new BackupEncryption(AesGcmHkdfStreaming.create(AesGcmHkdfStreamingKey.create(parameters,
					SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get()))));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(SETTING + " cannot be used: " + ex.getMessage());
		}
	}

	OutputStream encrypting(OutputStream target, String fileName) throws IOException {
		try {
			return this.aead.newEncryptingStream(target, fileName.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IOException(ex);
		}
	}

	InputStream decrypting(InputStream source, String fileName) throws IOException {
		try {
			return this.aead.newDecryptingStream(source, fileName.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public String toString() {
		return "BackupEncryption[AES-GCM-HKDF streaming]";
	}

}
