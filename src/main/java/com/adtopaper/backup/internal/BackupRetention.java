package com.adtopaper.backup.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Deletes the backups older than the retention, but never the newest {@code keepAtLeast},
 * and never an object whose name the job did not write. Ages come from the names (the
 * start of each run), not from S3's modification times, which a copy changes.
 */
final class BackupRetention {

	private final S3Client s3;

	private final String bucket;

	private final BackupNames names;

	private final Duration maxAge;

	private final int keepAtLeast;

	BackupRetention(S3Client s3, String bucket, BackupNames names, int days, int keepAtLeast) {
		this.s3 = s3;
		this.bucket = bucket;
		this.names = names;
		this.maxAge = Duration.ofDays(days);
		this.keepAtLeast = keepAtLeast;
	}

	/** The backups in the bucket, the newest first. */
	List<String> backups() {
		Map<Instant, String> found = new TreeMap<>(Comparator.reverseOrder());
		for (S3Object object : this.s3
			.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(this.names.prefix()))
			.contents()) {
			this.names.startOf(object.key()).ifPresent((start) -> found.put(start, object.key()));
		}
		return List.copyOf(found.values());
	}

	/** Deletes what is past the retention at {@code now}; the keys deleted. */
	List<String> prune(Instant now) {
		Instant oldestKept = now.minus(this.maxAge);
		List<String> backups = backups();
		List<String> deleted = new ArrayList<>();
		for (String key : backups.subList(Math.min(this.keepAtLeast, backups.size()), backups.size())) {
			Instant start = this.names.startOf(key).orElseThrow();
			if (start.isBefore(oldestKept)) {
				this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key));
				deleted.add(key);
			}
		}
		return deleted;
	}

}
