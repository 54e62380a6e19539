package com.adtopaper.backup.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BackupEncryptionTests {

	private static final String NAME = "adtopaper-20261202T180000Z.sql.gz.enc";

	private final String key = randomKey();

	private final byte[] plain = randomBytes(3 * 1024 * 1024 + 17);

	@Test
	void whatIsEncryptedDecryptsWithTheSameKey() throws IOException {
		byte[] sealed = encrypt(BackupEncryption.fromBase64(this.key), this.plain);
		assertThat(sealed).hasSizeGreaterThan(this.plain.length);
		assertThat(decrypt(BackupEncryption.fromBase64(this.key), sealed, NAME)).isEqualTo(this.plain);
	}

	@Test
	void anotherKeyReadsNothing() throws IOException {
		byte[] sealed = encrypt(BackupEncryption.fromBase64(this.key), this.plain);
		assertThatIOException().isThrownBy(() -> decrypt(BackupEncryption.fromBase64(randomKey()), sealed, NAME));
	}

	@Test
	void aRenamedBackupReadsNothing() throws IOException {
		byte[] sealed = encrypt(BackupEncryption.fromBase64(this.key), this.plain);
		assertThatIOException().isThrownBy(
				() -> decrypt(BackupEncryption.fromBase64(this.key), sealed, "adtopaper-20261203T180000Z.sql.gz.enc"));
	}

	@Test
	void aBackupCutShortIsRefused() throws IOException {
		byte[] sealed = encrypt(BackupEncryption.fromBase64(this.key), this.plain);
		byte[] cut = Arrays.copyOf(sealed, 2 * 1024 * 1024);
		assertThatIOException().isThrownBy(() -> decrypt(BackupEncryption.fromBase64(this.key), cut, NAME));
	}

	@Test
	void aShortOrMalformedKeyIsRefusedWithoutShowingIt() {
		String shortKey = Base64.getEncoder().encodeToString(randomBytes(16));
		assertThatIllegalStateException().isThrownBy(() -> BackupEncryption.fromBase64(shortKey))
			.withMessageContaining("ADTOPAPER_BACKUP_KEY")
			.withMessageNotContaining(shortKey);
		assertThatIllegalStateException().isThrownBy(() -> BackupEncryption.fromBase64("not base64!"))
			.withMessageContaining("ADTOPAPER_BACKUP_KEY")
			.withMessageNotContaining("not base64!");
	}

	private static byte[] encrypt(BackupEncryption encryption, byte[] plain) throws IOException {
		var sealed = new ByteArrayOutputStream();
		try (OutputStream out = encryption.encrypting(sealed, NAME)) {
			out.write(plain);
		}
		return sealed.toByteArray();
	}

	private static byte[] decrypt(BackupEncryption encryption, byte[] sealed, String name) throws IOException {
		try (InputStream in = encryption.decrypting(new ByteArrayInputStream(sealed), name)) {
			return in.readAllBytes();
		}
	}

	static String randomKey() {
		return Base64.getEncoder().encodeToString(randomBytes(32));
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
