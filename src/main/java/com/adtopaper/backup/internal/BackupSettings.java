package com.adtopaper.backup.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The daily backup ({@code adtopaper.backups.*}).
 *
 * @param enabled on or off; unset, on exactly when a bucket is set (the production
 * profile sets it from {@code ADTOPAPER_BACKUP_BUCKET})
 * @param cron when it runs, in Asia/Seoul
 * @param bucket the bucket; a bucket of its own, not the blobs' (production:
 * {@code ADTOPAPER_BACKUP_BUCKET})
 * @param prefix the prefix of every key
 * @param key base64 of at least 32 random bytes ({@code ADTOPAPER_BACKUP_KEY}); without
 * it there is no restoring, so keep it apart from the bucket
 * @param retention which backups are deleted
 * @param database what is dumped; unset, {@code spring.datasource.*} (point it at a
 * replica to spare the primary)
 * @param s3 the bucket's region, endpoint and credentials; unset, those of
 * {@code adtopaper.blobs.s3.*}
 * @param dumpCommand the dump program ({@code mysqldump} works as well)
 * @param partSize the size of each uploaded part, the memory one run holds (S3: at least
 * 5 MB)
 * @param maxAttempts attempts of a day's job before it is dead
 * @param dumpTimeout how long a dump may run
 */
@Validated
@ConfigurationProperties("adtopaper.backups")
record BackupSettings(@Nullable Boolean enabled, @DefaultValue("0 0 3 * * *") String cron, @Nullable String bucket,
		@DefaultValue("backups/") String prefix, @Nullable String key, @DefaultValue Retention retention,
		@DefaultValue Database database, @DefaultValue S3 s3, @DefaultValue("mariadb-dump") String dumpCommand,
		@DefaultValue("8MB") DataSize partSize, @DefaultValue("3") @Min(1) int maxAttempts,
		@DefaultValue("6h") Duration dumpTimeout) {

	/**
	 * @param days backups older than this many days are deleted...
	 * @param keepAtLeast ...except the newest this many, whatever their age
	 */
	record Retention(@DefaultValue("30") @Min(1) int days, @DefaultValue("7") @Min(1) int keepAtLeast) {
	}

	/**
	 * @param url a JDBC URL ({@code jdbc:mysql://host:port/database})
	 * @param username its user
	 * @param password its password
	 */
	record Database(@Nullable String url, @Nullable String username, @Nullable String password) {

		@Override
		public String toString() {
			return "Database[url=" + this.url + ", username=" + this.username + "]";
		}

	}

	/**
	 * @param region the bucket's region
	 * @param endpoint another endpoint than AWS's (S3Mock in tests)
	 * @param accessKeyId a fixed key; without it the SDK's default chain
	 * @param secretAccessKey its secret
	 */
	record S3(@Nullable String region, @Nullable String endpoint, @Nullable String accessKeyId,
			@Nullable String secretAccessKey) {

		@Override
		public String toString() {
			return "S3[region=" + this.region + ", endpoint=" + this.endpoint + "]";
		}

	}

	/** Never the key. */
	@Override
	public String toString() {
		return "BackupSettings[enabled=" + this.enabled + ", cron=" + this.cron + ", bucket=" + this.bucket
				+ ", prefix=" + this.prefix + ", retention=" + this.retention + ", database=" + this.database + ", s3="
				+ this.s3 + "]";
	}

}
