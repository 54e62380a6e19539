package com.adtopaper;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production node without its settings refuses to start, and says which are missing.
 */
@Tag("integration")
class ProductionProfileTests {

	private static final List<String> SETTINGS = List.of("spring.datasource.url=jdbc:mysql://db.internal/adtopaper",
			"spring.datasource.username=adtopaper", "spring.datasource.password=secret",
			"spring.data.redis.host=redis.internal", "adtopaper.query-cache.servers=cache.internal:11211",
			"adtopaper.blobs.s3.bucket=adtopaper-files", "adtopaper.blobs.s3.region=ap-northeast-2",
			"adtopaper.blobs.private-s3.bucket=adtopaper-members-files",
			"adtopaper.blobs.public-base-url=https://cdn.adtopaper.example",
			"adtopaper.web.public-base-url=https://www.adtopaper.example",
			"adtopaper.security.token-secret=dGVzdC10b2tlbi1zZWNyZXQtdGhhdC1pcy0zMi1ieXRlcyE=",
			"adtopaper.printing.printers.key-secret=cHJpbnRlci1rZXktc2VjcmV0LXRoYXQtaXMtMzItYnl0ZXMh",
			"spring.mail.host=smtp.adtopaper.example", "management.datadog.metrics.export.api-key=datadog-key");

	@Test
	void withNoSettingsEveryMissingOneIsNamed() {
		assertThatThrownBy(() -> start(List.of())).hasMessageContainingAll("ADTOPAPER_DB_URL", "ADTOPAPER_DB_USERNAME",
				"ADTOPAPER_DB_PASSWORD", "ADTOPAPER_REDIS_HOST", "ADTOPAPER_MEMCACHED_SERVERS", "ADTOPAPER_S3_BUCKET",
				"ADTOPAPER_S3_REGION", "ADTOPAPER_S3_PRIVATE_BUCKET", "ADTOPAPER_CDN_BASE_URL",
				"ADTOPAPER_PUBLIC_BASE_URL", "ADTOPAPER_TOKEN_SECRET", "ADTOPAPER_PRINTER_KEY_SECRET",
				"ADTOPAPER_SMTP_HOST", "ADTOPAPER_DATADOG_API_KEY");
	}

	@Test
	void withOneSettingMissingOnlyThatOneIsNamed() {
		var settings = new ArrayList<>(SETTINGS);
		settings.removeIf((setting) -> setting.startsWith("adtopaper.blobs.s3.bucket"));
		assertThatThrownBy(() -> start(settings)).hasMessage("The production profile needs settings that are missing: "
				+ "adtopaper.blobs.s3.bucket (environment variable ADTOPAPER_S3_BUCKET)");
	}

	private static void start(List<String> properties) {
		// as arguments, which win over application-production.yml like its environment
		// variables do
		var arguments = new ArrayList<String>();
		properties.forEach((property) -> arguments.add("--" + property));
		arguments.add("--server.port=0");
		new SpringApplicationBuilder(AdToPaperApplication.class).profiles("production")
			.run(arguments.toArray(String[]::new))
			.close();
	}

}
