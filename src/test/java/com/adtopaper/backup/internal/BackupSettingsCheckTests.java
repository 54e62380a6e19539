package com.adtopaper.backup.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class BackupSettingsCheckTests {

	private static final String KEY = BackupEncryptionTests.randomKey();

	@Test
	void withoutABucketBackupsAreOffAndNeedNothing() {
		assertThatNoException().isThrownBy(() -> check(Map.of()));
		assertThatNoException()
			.isThrownBy(() -> check(Map.of("adtopaper.backups.enabled", "false", "adtopaper.backups.bucket", "b")));
	}

	@Test
	void aBucketWithoutAKeyNamesTheKey() {
		assertThatIllegalStateException().isThrownBy(() -> check(Map.of("adtopaper.backups.bucket", "backups")))
			.withMessage("Backups are on but settings are missing: "
					+ "adtopaper.backups.key (environment variable ADTOPAPER_BACKUP_KEY)");
	}

	@Test
	void switchedOnWithoutABucketNamesTheBucket() {
		assertThatIllegalStateException()
			.isThrownBy(() -> check(Map.of("adtopaper.backups.enabled", "true", "adtopaper.backups.key", KEY)))
			.withMessageContaining("ADTOPAPER_BACKUP_BUCKET");
	}

	@Test
	void aShortKeyIsRefusedWithoutShowingIt() {
		assertThatIllegalStateException()
			.isThrownBy(() -> check(Map.of("adtopaper.backups.bucket", "backups", "adtopaper.backups.key", "c2hvcnQ=")))
			.withMessageContaining("at least 32 bytes")
			.withMessageNotContaining("c2hvcnQ=");
	}

	@Test
	void aBucketAndAKeyAreEnough() {
		assertThatNoException()
			.isThrownBy(() -> check(Map.of("adtopaper.backups.bucket", "backups", "adtopaper.backups.key", KEY)));
	}

	private static void check(Map<String, Object> properties) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new BackupSettingsCheck().postProcessEnvironment(environment, new SpringApplication());
	}

}
