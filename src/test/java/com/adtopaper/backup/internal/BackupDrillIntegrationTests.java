package com.adtopaper.backup.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.backup.BackupRun;
import com.adtopaper.backup.BackupRun.Status;
import com.adtopaper.backup.Backups;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The restore drill: members and their points made through the application, backed up to
 * S3 (S3Mock) by the job, restored by the operators' command into a scratch database, and
 * every table compared with the source: its rows counted, the points ledger hashed row by
 * row.
 */
@IntegrationTest
@TestPropertySource(properties = { "adtopaper.backups.enabled=true",
		"adtopaper.backups.bucket=" + BackupDrillIntegrationTests.BUCKET,
		"adtopaper.backups.key=" + BackupDrillIntegrationTests.KEY, "adtopaper.backups.part-size=5MB" })
class BackupDrillIntegrationTests {

	static final String BUCKET = "adtopaper-it-backups";

	static final String KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";

	@Autowired
	BackupJob job;

	@Autowired
	DailyBackup daily;

	@Autowired
	Backups backups;

	@Autowired
	S3Client backupS3;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Points points;

	private final List<String> scratch = new ArrayList<>();

	@BeforeEach
	void bucket() {
		try {
			this.backupS3.createBucket((request) -> request.bucket(BUCKET));
		}
		catch (BucketAlreadyOwnedByYouException ex) {
			// made by an earlier test
		}
	}

	@AfterEach
	void dropScratchDatabases() throws SQLException {
		try (Connection connection = connect(""); var statement = connection.createStatement()) {
			for (String database : this.scratch) {
				statement.execute("DROP DATABASE IF EXISTS " + database);
			}
		}
	}

	@Test
	void aBackupRestoresIntoAScratchDatabaseWithEveryRowAndTheSameLedger() throws Exception {
		var members = new TestAccounts(this.client, this.accounts, this.verification);
		for (int i = 0; i < 3; i++) {
			long member = members.newMember().id();
			this.points.grant(member, 500 + i, "drill-grant-" + UUID.randomUUID(), "drill");
			String hold = "drill-hold-" + UUID.randomUUID();
			this.points.hold(member, 120, hold, "drill print");
			this.points.charge(hold, 100, "drill-charge-" + UUID.randomUUID(), "drill print");
		}
		// the events of the sign-ups delivered, so that no table changes behind the
		// backup
		await().atMost(Duration.ofSeconds(30)).until(() -> count(TestServers.DATABASE, "EVENT_PUBLICATION") == 0);

		BackupRun run = this.job.run();
		assertThat(run.status()).isEqualTo(Status.SUCCEEDED);
		assertThat(run.bytes()).isPositive();
		assertThat(this.backupS3.headObject((request) -> request.bucket(BUCKET).key(run.objectKey())).contentLength())
			.isEqualTo(run.bytes());
		Map<String, Long> source = rowCounts(TestServers.DATABASE);
		String ledger = rowsHash(TestServers.DATABASE, "points_ledger");

		String target = scratchDatabase();
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int exit = RestoreCommand.run(restoreArguments("--object", run.objectKey(), "--database", target),
				environment(KEY), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("flush_all");

		assertThat(source).containsKeys("members", "points_ledger", "points_accounts", "backup_runs");
		assertThat(source.get("points_ledger")).isGreaterThanOrEqualTo(9);
		assertThat(rowCounts(target)).isEqualTo(source);
		assertThat(rowsHash(target, "points_ledger")).isEqualTo(ledger);
		assertThat(checksum(target, "points_ledger")).isEqualTo(checksum(TestServers.DATABASE, "points_ledger"));
		// the audit log's triggers came back with it
		assertThat(triggers(target)).isEqualTo(triggers(TestServers.DATABASE)).isNotEmpty();
		assertThat(this.backups.lastSucceeded()).map(BackupRun::objectKey).contains(run.objectKey());
	}

	@Test
	void aWrongKeyFailsTheRestoreBeforeAnyStatementRuns() throws Exception {
		BackupRun run = this.job.run();
		String target = scratchDatabase();
		var err = new ByteArrayOutputStream();
		int exit = RestoreCommand.run(restoreArguments("--object", run.objectKey(), "--database", target),
				environment(BackupEncryptionTests.randomKey()), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Restore failed", "ADTOPAPER_BACKUP_KEY");
		assertThat(rowCounts(target)).isEmpty();
	}

	@Test
	void aDatabaseWithTablesIsNotRestoredInto() throws Exception {
		BackupRun run = this.job.run();
		var err = new ByteArrayOutputStream();
		int exit = RestoreCommand.run(restoreArguments("--object", run.objectKey(), "--database", TestServers.DATABASE),
				environment(KEY), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("already has");
	}

	@Test
	void theDailyTriggerRunsTheBackupAsAJob() {
		long before = this.backups.recent(100).stream().filter((run) -> run.status() == Status.SUCCEEDED).count();
		this.daily.trigger();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.backups.recent(100).stream().filter((run) -> run.status() == Status.SUCCEEDED).count(),
					(count) -> count > before);
	}

	@Test
	void aDumpThatFailsLeavesNoObjectAndIsRecordedAsFailed() {
		DumpSource wrong = DumpSource.of(TestServers.get().jdbcUrl(TestServers.DATABASE), "nobody_" + suffix(),
				"wrong");
		assertFailedRunLeavesNothing(new BackupWriter(this.backupS3, BUCKET, 5 * 1024 * 1024,
				BackupEncryption.fromBase64(KEY), "mariadb-dump", wrong, Duration.ofMinutes(1)), "Access denied");
	}

	@Test
	void aDumpThatFailsAfterSomePartsWereUploadedLeavesNoObject() throws IOException {
		// 12 MB out, then an error: two parts are in S3 when the exit status says no
		var script = java.nio.file.Files.createTempFile("failing-dump", ".sh");
		java.nio.file.Files.writeString(script,
				"#!/bin/sh\nhead -c 12000000 /dev/urandom\necho 'mariadb-dump: Error 2013: Lost connection' >&2\nexit 3\n");
		script.toFile().setExecutable(true);
		DumpSource source = DumpSource.of(TestServers.get().jdbcUrl(TestServers.DATABASE), "root", "");
		try {
			assertFailedRunLeavesNothing(new BackupWriter(this.backupS3, BUCKET, 5 * 1024 * 1024,
					BackupEncryption.fromBase64(KEY), script.toString(), source, Duration.ofMinutes(1)),
					"Lost connection");
		}
		finally {
			java.nio.file.Files.deleteIfExists(script);
		}
	}

	private void assertFailedRunLeavesNothing(BackupWriter writer, String error) {
		var names = new BackupNames("failing-" + suffix() + "/");
		BackupJob failing = new BackupJob(writer, new BackupRetention(this.backupS3, BUCKET, names, 1, 1), names,
				this.runRepository(), java.time.Clock.systemUTC());
		assertThatThrownBy(failing::run).hasMessageContaining(error);
		BackupRun run = this.backups.recent(1).get(0);
		assertThat(run.status()).isEqualTo(Status.FAILED);
		assertThat(run.error()).contains(error);
		assertThat(run.objectKey()).startsWith(names.prefix());
		assertThatThrownBy(() -> this.backupS3.headObject((request) -> request.bucket(BUCKET).key(run.objectKey())))
			.isInstanceOfAny(NoSuchKeyException.class, software.amazon.awssdk.services.s3.model.S3Exception.class);
		assertThat(this.backupS3.listObjectsV2((request) -> request.bucket(BUCKET).prefix(names.prefix())).contents())
			.isEmpty();
		assertThat(this.backupS3.listMultipartUploads((request) -> request.bucket(BUCKET).prefix(names.prefix()))
			.uploads()).isEmpty();
	}

	@Autowired
	BackupRunRepository runRepository;

	private BackupRunRepository runRepository() {
		return this.runRepository;
	}

	private String[] restoreArguments(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--");
		all.addAll(DumpSource.of(TestServers.get().jdbcUrl(TestServers.DATABASE), "root", "").connectionOptions());
		return all.toArray(String[]::new);
	}

	private static Map<String, String> environment(String key) {
		return Map.of("ADTOPAPER_BACKUP_BUCKET", BUCKET, "ADTOPAPER_BACKUP_KEY", key, "ADTOPAPER_BACKUP_S3_REGION",
				"us-east-1", "ADTOPAPER_BACKUP_S3_ENDPOINT", TestServers.s3Endpoint(),
				"ADTOPAPER_BACKUP_S3_ACCESS_KEY_ID", "s3mock", "ADTOPAPER_BACKUP_S3_SECRET_ACCESS_KEY", "s3mock");
	}

	private String scratchDatabase() {
		String name = "adtopaper_restore_" + suffix();
		this.scratch.add(name);
		return name;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(TestServers.get().jdbcUrl(database), "root", "");
	}

	private static long count(String database, String table) throws SQLException {
		try (Connection connection = connect(database);
				var statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Every table of a database (none if it does not exist) with its number of rows. */
	private static Map<String, Long> rowCounts(String database) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = connect("");
				var tables = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
			tables.setString(1, database);
			try (ResultSet rows = tables.executeQuery()) {
				while (rows.next()) {
					String table = rows.getString(1);
					counts.put(table, count(database, "`" + table + "`"));
				}
			}
		}
		return counts;
	}

	/** SHA-256 over every column of every row, in the order of the ids. */
	private static String rowsHash(String database, String table) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (Connection connection = connect(database);
				var statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int column = 1; column <= columns; column++) {
					String value = rows.getString(column);
					digest.update(((value == null) ? "\\N" : value).getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0x1f);
				}
				digest.update((byte) '\n');
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static long checksum(String database, String table) throws SQLException {
		try (Connection connection = connect(database);
				var statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + table)) {
			rows.next();
			return rows.getLong(2);
		}
	}

	private static List<String> triggers(String database) throws SQLException {
		List<String> triggers = new ArrayList<>();
		try (Connection connection = connect("");
				var statement = connection.prepareStatement("SELECT trigger_name FROM information_schema.triggers "
						+ "WHERE trigger_schema = ? ORDER BY trigger_name")) {
			statement.setString(1, database);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					triggers.add(rows.getString(1));
				}
			}
		}
		return triggers;
	}

}
