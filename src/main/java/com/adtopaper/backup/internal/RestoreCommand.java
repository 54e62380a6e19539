package com.adtopaper.backup.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The restore command ({@code deploy/backup/restore} runs it from the application's JAR),
 * apart from the application: it starts no Spring context, so it runs on a machine with
 * nothing but Java, the {@code mariadb} client and access to the bucket.
 *
 * <pre>
 * restore --list
 * restore (--latest | --object KEY) --database NAME [-- mariadb's options]
 * </pre>
 *
 * Settings from the environment: {@code ADTOPAPER_BACKUP_BUCKET},
 * {@code ADTOPAPER_BACKUP_KEY}, {@code ADTOPAPER_BACKUP_PREFIX} ({@code backups/}),
 * {@code ADTOPAPER_BACKUP_S3_REGION} (else {@code ADTOPAPER_S3_REGION}), and optionally
 * {@code ADTOPAPER_BACKUP_S3_ENDPOINT}, {@code ADTOPAPER_BACKUP_S3_ACCESS_KEY_ID} and
 * {@code ADTOPAPER_BACKUP_S3_SECRET_ACCESS_KEY} (else the AWS SDK's default chain);
 * {@code MYSQL_PWD} reaches {@code mariadb}.
 */
public final class RestoreCommand {

	private RestoreCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/** Runs the command; its exit status. */
	static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		boolean list = false;
		boolean latest = false;
		String object = null;
		String database = null;
		List<String> options = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--list" -> list = true;
				case "--latest" -> latest = true;
				case "--object" -> object = (++i < args.length) ? args[i] : null;
				case "--database" -> database = (++i < args.length) ? args[i] : null;
				case "--" -> {
					options.addAll(List.of(args).subList(i + 1, args.length));
					i = args.length;
				}
				default -> {
					return usage(err, "Unknown argument: " + args[i]);
				}
			}
		}
		if (!list && (latest == (object != null) || database == null)) {
			return usage(err, "Say which backup (--latest or --object KEY) and --database NAME");
		}
		String bucket = environment.get("ADTOPAPER_BACKUP_BUCKET");
		String region = first(environment.get("ADTOPAPER_BACKUP_S3_REGION"), environment.get("ADTOPAPER_S3_REGION"));
		if (!BackupS3.hasText(bucket) || !BackupS3.hasText(region)) {
			return usage(err, "Set ADTOPAPER_BACKUP_BUCKET and ADTOPAPER_BACKUP_S3_REGION (or ADTOPAPER_S3_REGION)");
		}
		BackupNames names = new BackupNames(environment.getOrDefault("ADTOPAPER_BACKUP_PREFIX", "backups/"));
		try (S3Client s3 = BackupS3.client(region, environment.get("ADTOPAPER_BACKUP_S3_ENDPOINT"),
				environment.get("ADTOPAPER_BACKUP_S3_ACCESS_KEY_ID"),
				environment.get("ADTOPAPER_BACKUP_S3_SECRET_ACCESS_KEY"))) {
			List<String> backups = new BackupRetention(s3, bucket, names, 1, 1).backups();
			if (list) {
				backups.forEach(out::println);
				return 0;
			}
			String key = (object != null) ? object : backups.stream().findFirst().orElse(null);
			if (key == null) {
				err.println("No backup under s3://" + bucket + "/" + names.prefix());
				return 1;
			}
			String secret = environment.get("ADTOPAPER_BACKUP_KEY");
			if (!BackupS3.hasText(secret)) {
				return usage(err, "Set ADTOPAPER_BACKUP_KEY, the key the backups were written with");
			}
			out.println("Restoring s3://" + bucket + "/" + key + " into " + database);
			new BackupRestore(s3, bucket, BackupEncryption.fromBase64(secret), "mariadb").restore(key, database,
					options, environment.get("MYSQL_PWD"));
			out.println("Restored " + key + " into " + database
					+ ". Before the application reads it, empty Memcached (flush_all).");
			return 0;
		}
		catch (Exception ex) {
			err.println("Restore failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println("usage: restore --list");
		err.println("       restore (--latest | --object KEY) --database NAME [-- mariadb options]");
		return 2;
	}

	private static @Nullable String first(@Nullable String one, @Nullable String other) {
		return BackupS3.hasText(one) ? one : other;
	}

}
