package com.adtopaper.backup.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Backups on (a bucket given, or {@code adtopaper.backups.enabled}) without a bucket or a
 * usable key refuse to start, before anything connects: a node that started anyway would
 * look healthy and back nothing up, or back up what no one can restore.
 */
class BackupSettingsCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String enabled = environment.getProperty("adtopaper.backups.enabled");
		String bucket = environment.getProperty("adtopaper.backups.bucket");
		boolean on = StringUtils.hasText(enabled) ? Boolean.parseBoolean(enabled.trim()) : StringUtils.hasText(bucket);
		if (!on) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (!StringUtils.hasText(bucket)) {
			missing.add("adtopaper.backups.bucket (environment variable ADTOPAPER_BACKUP_BUCKET)");
		}
		String key = environment.getProperty("adtopaper.backups.key");
		if (!StringUtils.hasText(key)) {
			missing.add(BackupEncryption.SETTING);
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Backups are on but settings are missing: " + String.join(", ", missing));
		}
		// a key too short or not base64 says so, without showing it
		BackupEncryption.fromBase64(key);
	}

	@Override
	public int getOrder() {
		// after the config data (application-production.yml) has been loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

}
