package com.adtopaper.backup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One run of the backup job.
 *
 * @param id its id
 * @param startedAt when it started
 * @param finishedAt when it ended; null while it runs (or if its node died)
 * @param status how it ended
 * @param objectKey the S3 key it writes
 * @param bytes the size of the object written (compressed and encrypted), once succeeded
 * @param error why it failed
 */
public record BackupRun(long id, Instant startedAt, @Nullable Instant finishedAt, Status status, String objectKey,
		@Nullable Long bytes, @Nullable String error) {

	/** How a run ended. */
	public enum Status {

		RUNNING, SUCCEEDED, FAILED

	}

}
