package com.adtopaper.backup.internal;

import java.time.Clock;

import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The backup job's parts, when backups are on ({@link BackupsEnabled}): then a bucket and
 * a usable key are required, and the node refuses to start without them.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(BackupsEnabled.class)
@EnableConfigurationProperties(BackupSettings.class)
class BackupConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(BackupConfiguration.class);

	@Bean(destroyMethod = "close")
	S3Client backupS3(BackupSettings settings, Environment environment) {
		BackupSettings.S3 s3 = settings.s3();
		String region = or(s3.region(), environment.getProperty("adtopaper.blobs.s3.region"));
		if (!StringUtils.hasText(region)) {
			throw new IllegalStateException(
					"Backups need a region: adtopaper.backups.s3.region or adtopaper.blobs.s3.region");
		}
		return BackupS3.client(region, or(s3.endpoint(), environment.getProperty("adtopaper.blobs.s3.endpoint")),
				or(s3.accessKeyId(), environment.getProperty("adtopaper.blobs.s3.access-key-id")),
				or(s3.secretAccessKey(), environment.getProperty("adtopaper.blobs.s3.secret-access-key")));
	}

	@Bean
	BackupJob backupJob(BackupSettings settings, S3Client backupS3, BackupRunRepository runs, Environment environment,
			Clock clock) {
		if (!StringUtils.hasText(settings.bucket())) {
			throw new IllegalStateException(
					"Backups are on but have no bucket: adtopaper.backups.bucket (environment variable ADTOPAPER_BACKUP_BUCKET)");
		}
		if (!StringUtils.hasText(settings.key())) {
			throw new IllegalStateException("Backups are on but have no key: " + BackupEncryption.SETTING);
		}
		BackupEncryption encryption = BackupEncryption.fromBase64(settings.key());
		BackupNames names = new BackupNames(settings.prefix());
		BackupWriter writer = new BackupWriter(backupS3, settings.bucket(), (int) settings.partSize().toBytes(),
				encryption, settings.dumpCommand(), source(settings.database(), environment), settings.dumpTimeout());
		BackupRetention retention = new BackupRetention(backupS3, settings.bucket(), names, settings.retention().days(),
				settings.retention().keepAtLeast());
		logger.info("Backups on: {}", settings);
		return new BackupJob(writer, retention, names, runs, clock);
	}

	@Bean
	DailyBackup dailyBackup(JobQueue jobs, BackupSettings settings, Clock clock) {
		return new DailyBackup(jobs, settings, clock);
	}

	@Bean
	JobHandler<DailyBackup.Run> backupHandler(BackupJob job) {
		return JobHandler.of(DailyBackup.TYPE, (run, context) -> job.run());
	}

	/** The dump's database: its own setting, else the application's. */
	static DumpSource source(BackupSettings.Database database, Environment environment) {
		String url = or(database.url(), environment.getProperty("spring.datasource.url"));
		if (!StringUtils.hasText(url)) {
			throw new IllegalStateException("Backups need a database: adtopaper.backups.database.url");
		}
		String username = or(database.username(), environment.getProperty("spring.datasource.username"));
		String password = StringUtils.hasText(database.url()) ? database.password()
				: environment.getProperty("spring.datasource.password");
		return DumpSource.of(url, (username != null) ? username : "", password);
	}

	private static @Nullable String or(@Nullable String value, @Nullable String other) {
		return StringUtils.hasText(value) ? value : other;
	}

}
