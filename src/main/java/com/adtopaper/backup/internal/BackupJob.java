package com.adtopaper.backup.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.adtopaper.backup.BackupRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One backup: recorded as running, written, recorded as succeeded (then the retention
 * applied) or as failed (and nothing deleted).
 */
final class BackupJob {

	private static final Logger logger = LoggerFactory.getLogger(BackupJob.class);

	private final BackupWriter writer;

	private final BackupRetention retention;

	private final BackupNames names;

	private final BackupRunRepository runs;

	private final Clock clock;

	BackupJob(BackupWriter writer, BackupRetention retention, BackupNames names, BackupRunRepository runs,
			Clock clock) {
		this.writer = writer;
		this.retention = retention;
		this.names = names;
		this.runs = runs;
		this.clock = clock;
	}

	/** Backs up now; throws, after recording the run as failed, if it failed. */
	BackupRun run() throws IOException {
		Instant start = this.clock.instant();
		String key = this.names.keyFor(start);
		long id = this.runs.started(start, key);
		long bytes;
		try {
			bytes = this.writer.write(key);
		}
		catch (IOException | RuntimeException ex) {
			this.runs.failed(id, this.clock.instant(), describe(ex));
			logger.error("The backup to {} failed: {}", key, describe(ex));
			throw ex;
		}
		this.runs.succeeded(id, this.clock.instant(), bytes);
		logger.info("Backed the database up to {} ({} bytes)", key, bytes);
		try {
			List<String> deleted = this.retention.prune(this.clock.instant());
			if (!deleted.isEmpty()) {
				logger.info("Deleted {} backups past their retention: {}", deleted.size(), deleted);
			}
		}
		catch (RuntimeException ex) {
			// the backup is made; the next run prunes again
			logger.warn("Old backups were not deleted this time: {}", ex.toString());
		}
		return this.runs.find(id).orElseThrow();
	}

	private static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			text.append(" (").append(cause).append(')');
		}
		return text.toString();
	}

}
