package com.adtopaper.backup.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * S3 → decryption → gunzip → {@code mariadb}, as one stream, into a database that has no
 * table yet (created if missing), so that a restore never mixes with the data it should
 * replace. The program is killed the moment a read fails, before it is sent the end of
 * its input.
 */
final class BackupRestore {

	private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_]{1,64}");

	private final S3Client s3;

	private final String bucket;

	private final BackupEncryption encryption;

	private final String client;

	BackupRestore(S3Client s3, String bucket, BackupEncryption encryption, String client) {
		this.s3 = s3;
		this.bucket = bucket;
		this.encryption = encryption;
		this.client = client;
	}

	/**
	 * Restores a backup.
	 * @param key the object's key
	 * @param database the database to fill: empty or missing
	 * @param options {@code mariadb}'s connection options ({@code --host=...},
	 * {@code --user=...})
	 * @param password for {@code MYSQL_PWD}, if any (else the client's own option files)
	 */
	void restore(String key, String database, List<String> options, @Nullable String password) throws IOException {
		if (!DATABASE.matcher(database).matches()) {
			throw new IllegalArgumentException("Not a database name: " + database);
		}
		prepare(database, options, password);
		List<String> command = new ArrayList<>();
		command.add(this.client);
		command.addAll(options);
		command.add("--default-character-set=utf8mb4");
		command.add(database);
		try (ProgramRun mariadb = ProgramRun.start(command, password, true)) {
			OutputStream statements = mariadb.input();
			try (ResponseInputStream<GetObjectResponse> object = this.s3
				.getObject((request) -> request.bucket(this.bucket).key(key));
					InputStream plain = new GZIPInputStream(
							this.encryption.decrypting(object, BackupNames.fileName(key)), 64 * 1024)) {
				plain.transferTo(statements);
			}
			catch (IOException | SdkException ex) {
				mariadb.kill();
				throw new IOException("Cannot read backup " + key
						+ ": the key (ADTOPAPER_BACKUP_KEY) is not the one it was written with, or the object is "
						+ "damaged or cut short (" + ex.getMessage() + ")", ex);
			}
			statements.close();
			mariadb.awaitSuccess(Duration.ofHours(12));
		}
	}

	/** Creates the database if missing; refuses one that has tables. */
	private void prepare(String database, List<String> options, @Nullable String password) throws IOException {
		String tables = query(options, password,
				"CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
						+ "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + database + "'");
		if (!"0".equals(tables.strip())) {
			throw new IllegalStateException("Database " + database + " already has " + tables.strip()
					+ " tables: restore into a new database (or drop it first)");
		}
	}

	private String query(List<String> options, @Nullable String password, String sql) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(this.client);
		command.addAll(options);
		command.add("--batch");
		command.add("--skip-column-names");
		command.add("--execute=" + sql);
		try (ProgramRun mariadb = ProgramRun.start(command, password, false)) {
			mariadb.input().close();
			var output = new ByteArrayOutputStream();
			mariadb.output().transferTo(output);
			mariadb.awaitSuccess(Duration.ofMinutes(1));
			return output.toString(StandardCharsets.UTF_8);
		}
	}

}
