package com.adtopaper.platform.blob;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.adtopaper.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The S3 adapter, through the AWS SDK, against S3Mock. */
@IntegrationTest
class BlobStoreIntegrationTests {

	@Autowired
	BlobStore blobs;

	@Test
	void writesReadsAndDeletesThroughS3() {
		assertThat(this.blobs).isInstanceOf(S3BlobStore.class);
		String key = "tests/" + System.nanoTime() + "/hello.txt";
		assertThat(this.blobs.get(key)).isEmpty();

		this.blobs.put(key, "안녕".getBytes(StandardCharsets.UTF_8), "text/plain");
		assertThat(this.blobs.get(key))
			.hasValueSatisfying((content) -> assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("안녕"));

		this.blobs.put(key, "again".getBytes(StandardCharsets.UTF_8), "text/plain");
		assertThat(this.blobs.get(key))
			.hasValueSatisfying((content) -> assertThat(content).asString().isEqualTo("again"));

		this.blobs.delete(key);
		assertThat(this.blobs.get(key)).isEmpty();
		assertThat(this.blobs.publicUrl(key)).isEqualTo("https://cdn.test/" + key);
	}

	@Test
	void streamsFilesBothWays(@TempDir Path folder) throws IOException {
		String key = "tests/" + System.nanoTime() + "/big.bin";
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new Random(7).nextBytes(content);
		Path upload = Files.write(folder.resolve("upload.bin"), content);
		this.blobs.put(key, upload, "application/octet-stream");

		Path download = folder.resolve("download.bin");
		assertThat(this.blobs.copyTo(key, download)).isTrue();
		assertThat(Files.readAllBytes(download)).isEqualTo(content);
		assertThat(this.blobs.copyTo("tests/none/" + System.nanoTime(), folder.resolve("none.bin"))).isFalse();
	}

}
