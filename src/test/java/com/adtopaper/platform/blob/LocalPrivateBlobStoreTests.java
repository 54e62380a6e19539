package com.adtopaper.platform.blob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import com.adtopaper.platform.blob.PrivateBlobStore.SignedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The local private store: files outside the public folder, links that expire. */
class LocalPrivateBlobStoreTests {

	final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T00:00:00Z"));

	final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return LocalPrivateBlobStoreTests.this.now.get();
		}
	};

	@Test
	void aLinkIsGoodUntilItExpiresAndOnlyForItsKeyNameAndExpiry(@TempDir Path folder) throws IOException {
		LinkSigner signer = new LinkSigner(new byte[32], this.clock);
		var store = new LocalPrivateBlobStore(folder, signer);
		store.put("documents/1/a.pdf", Files.writeString(folder.resolve("upload"), "%PDF"), "application/pdf");
		assertThat(store.exists("documents/1/a.pdf")).isTrue();

		SignedLink link = store.signedLink("documents/1/a.pdf", "강의.pdf", Duration.ofMinutes(5));
		assertThat(link.url()).startsWith("/private-blobs/documents/1/a.pdf?");
		assertThat(link.expiresAt()).isEqualTo(this.now.get().plus(Duration.ofMinutes(5)));
		UriComponents parts = UriComponentsBuilder.fromUriString(link.url()).build();
		long expires = Long.parseLong(parts.getQueryParams().getFirst("expires"));
		String signature = parts.getQueryParams().getFirst("signature");

		assertThat(signer.verify("documents/1/a.pdf", "강의.pdf", expires, signature)).isTrue();
		assertThat(signer.verify("documents/2/a.pdf", "강의.pdf", expires, signature)).isFalse();
		assertThat(signer.verify("documents/1/a.pdf", "other.pdf", expires, signature)).isFalse();
		assertThat(signer.verify("documents/1/a.pdf", "강의.pdf", expires + 3600, signature)).isFalse();
		char last = signature.charAt(signature.length() - 1);
		String tampered = signature.substring(0, signature.length() - 1) + ((last == 'A') ? 'B' : 'A');
		assertThat(signer.verify("documents/1/a.pdf", "강의.pdf", expires, tampered)).isFalse();
		assertThat(signer.verify("documents/1/a.pdf", "강의.pdf", expires, "")).isFalse();
		assertThat(new LinkSigner(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
				21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 }, this.clock)
			.verify("documents/1/a.pdf", "강의.pdf", expires, signature)).isFalse();

		this.now.set(this.now.get().plus(Duration.ofMinutes(5)).minusSeconds(1));
		assertThat(signer.verify("documents/1/a.pdf", "강의.pdf", expires, signature)).isTrue();
		this.now.set(this.now.get().plusSeconds(1));
		assertThat(signer.verify("documents/1/a.pdf", "강의.pdf", expires, signature)).isFalse();

		store.delete("documents/1/a.pdf");
		assertThat(store.exists("documents/1/a.pdf")).isFalse();
	}

	@Test
	void aKeyCannotLeaveTheFolder(@TempDir Path folder) {
		var store = new LocalPrivateBlobStore(folder.resolve("private"), new LinkSigner(new byte[32], this.clock));
		assertThatIllegalArgumentException().isThrownBy(() -> store.signedLink("../blobs/x.pdf", "x", Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> store.exists("../../etc/passwd"));
	}

}
