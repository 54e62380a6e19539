package com.adtopaper.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.adtopaper.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload and the retention against S3 (S3Mock), with no application: an object of
 * several parts, an upload closed before completing, old backups deleted and the newest
 * kept.
 */
@Tag("integration")
class BackupStorageIntegrationTests {

	private static final String BUCKET = "adtopaper-it-backup-storage";

	private static final int PART = 5 * 1024 * 1024;

	private static S3Client s3;

	private final String prefix = "t-" + UUID.randomUUID() + "/";

	@BeforeAll
	static void start() {
		s3 = BackupS3.client("us-east-1", TestServers.s3Endpoint(), "s3mock", "s3mock");
		s3.createBucket((request) -> request.bucket(BUCKET));
	}

	@AfterAll
	static void stop() {
		s3.close();
	}

	@Test
	void aStreamOfSeveralPartsBecomesOneObject() throws Exception {
		byte[] chunk = new byte[64 * 1024];
		MessageDigest written = MessageDigest.getInstance("SHA-256");
		String key = this.prefix + "big";
		long size = 0;
		try (MultipartUpload upload = MultipartUpload.start(s3, BUCKET, key, PART)) {
			OutputStream out = upload.stream();
			var random = new SecureRandom();
			while (size < 2 * PART + 12345) {
				random.nextBytes(chunk);
				out.write(chunk);
				written.update(chunk);
				size += chunk.length;
			}
			upload.complete();
			assertThat(upload.bytes()).isEqualTo(size);
		}
		MessageDigest read = MessageDigest.getInstance("SHA-256");
		try (InputStream in = s3.getObject((request) -> request.bucket(BUCKET).key(key))) {
			int n;
			while ((n = in.read(chunk)) >= 0) {
				read.update(chunk, 0, n);
			}
		}
		assertThat(read.digest()).isEqualTo(written.digest());
	}

	@Test
	void anUploadClosedBeforeItCompletedLeavesNothing() throws IOException {
		String key = this.prefix + "abandoned";
		try (MultipartUpload upload = MultipartUpload.start(s3, BUCKET, key, PART)) {
			upload.stream().write(new byte[PART + 10]);
			// a part is in S3, in an upload still open
			assertThat(s3.listMultipartUploads((request) -> request.bucket(BUCKET).prefix(this.prefix)).uploads())
				.hasSize(1);
		}
		assertThat(s3.listObjectsV2((request) -> request.bucket(BUCKET).prefix(this.prefix)).contents()).isEmpty();
		assertThat(s3.listMultipartUploads((request) -> request.bucket(BUCKET).prefix(this.prefix)).uploads())
			.isEmpty();
	}

	@Test
	void backupsPastTheRetentionAreDeletedButTheNewestKept() {
		BackupNames names = new BackupNames(this.prefix);
		Instant now = Instant.parse("2026-12-03T18:00:00Z");
		List<String> recent = put(names, now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(29)));
		List<String> old = put(names, now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(90)));
		String foreign = this.prefix + "2026/01/01/someone-elses-file.sql";
		s3.putObject((request) -> request.bucket(BUCKET).key(foreign), RequestBody.fromString("keep me"));

		var retention = new BackupRetention(s3, BUCKET, names, 30, 1);
		assertThat(retention.prune(now)).containsExactlyInAnyOrderElementsOf(old);
		assertThat(keys()).containsExactlyInAnyOrder(recent.get(0), recent.get(1), foreign);
	}

	@Test
	void theNewestAreKeptHoweverOldTheyAre() {
		BackupNames names = new BackupNames(this.prefix);
		Instant now = Instant.parse("2026-12-03T18:00:00Z");
		List<String> backups = put(names, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(50)),
				now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(70)));

		var retention = new BackupRetention(s3, BUCKET, names, 30, 2);
		assertThat(retention.prune(now)).containsExactlyInAnyOrder(backups.get(2), backups.get(3));
		assertThat(keys()).containsExactlyInAnyOrder(backups.get(0), backups.get(1));
		assertThat(retention.backups()).containsExactly(backups.get(0), backups.get(1));
	}

	private List<String> put(BackupNames names, Instant... starts) {
		return java.util.Arrays.stream(starts).map((start) -> {
			String key = names.keyFor(start);
			s3.putObject((request) -> request.bucket(BUCKET).key(key), RequestBody.fromString("backup"));
			return key;
		}).toList();
	}

	private List<String> keys() {
		return s3.listObjectsV2Paginator((request) -> request.bucket(BUCKET).prefix(this.prefix))
			.contents()
			.stream()
			.map(software.amazon.awssdk.services.s3.model.S3Object::key)
			.toList();
	}

}
