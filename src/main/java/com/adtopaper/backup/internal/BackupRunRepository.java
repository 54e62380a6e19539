package com.adtopaper.backup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.adtopaper.backup.BackupRun;
import com.adtopaper.backup.BackupRun.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The runs, in table {@code backup_runs}. A run is recorded before its dump starts, so
 * the backup itself holds its own run as still running.
 */
@Repository
class BackupRunRepository {

	private static final int ERROR_LENGTH = 1000;

	private final JdbcClient jdbc;

	BackupRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long started(Instant at, String key) {
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO backup_runs (started_at, status, object_key) VALUES (:at, 'RUNNING', :key)")
			.param("at", utc(at))
			.param("key", key)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void succeeded(long id, Instant at, long bytes) {
		this.jdbc
			.sql("UPDATE backup_runs SET status = 'SUCCEEDED', finished_at = :at, size_bytes = :bytes WHERE id = :id")
			.param("at", utc(at))
			.param("bytes", bytes)
			.param("id", id)
			.update();
	}

	void failed(long id, Instant at, String error) {
		String kept = (error.length() > ERROR_LENGTH) ? error.substring(0, ERROR_LENGTH) : error;
		this.jdbc.sql("UPDATE backup_runs SET status = 'FAILED', finished_at = :at, error = :error WHERE id = :id")
			.param("at", utc(at))
			.param("error", kept)
			.param("id", id)
			.update();
	}

	List<BackupRun> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM backup_runs ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(BackupRunRepository::run)
			.list();
	}

	Optional<BackupRun> find(long id) {
		return this.jdbc.sql("SELECT * FROM backup_runs WHERE id = :id")
			.param("id", id)
			.query(BackupRunRepository::run)
			.optional();
	}

	Optional<BackupRun> lastSucceeded() {
		return this.jdbc.sql("SELECT * FROM backup_runs WHERE status = 'SUCCEEDED' ORDER BY id DESC LIMIT 1")
			.query(BackupRunRepository::run)
			.optional();
	}

	/** Times are stored in UTC, whatever the JVM's zone. */
	private static LocalDateTime utc(Instant at) {
		return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static BackupRun run(ResultSet row, int number) throws SQLException {
		LocalDateTime finished = row.getObject("finished_at", LocalDateTime.class);
		long bytes = row.getLong("size_bytes");
		boolean noBytes = row.wasNull();
		return new BackupRun(row.getLong("id"),
				row.getObject("started_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
				(finished != null) ? finished.toInstant(ZoneOffset.UTC) : null, Status.valueOf(row.getString("status")),
				row.getString("object_key"), noBytes ? null : bytes, row.getString("error"));
	}

}
