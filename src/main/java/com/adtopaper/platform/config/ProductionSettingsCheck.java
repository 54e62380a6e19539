package com.adtopaper.platform.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code production} profile when a server setting is missing, and
 * names every missing one at once, before anything tries to connect. Without it a node
 * would fall back to a default (an embedded H2, a local folder) and look healthy.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

	/**
	 * Each required property, with the environment variable that production sets it from.
	 */
	static final Map<String, String> REQUIRED = requiredSettings();

	private static Map<String, String> requiredSettings() {
		var required = new LinkedHashMap<String, String>();
		required.put("spring.datasource.url", "ADTOPAPER_DB_URL");
		required.put("spring.datasource.username", "ADTOPAPER_DB_USERNAME");
		required.put("spring.datasource.password", "ADTOPAPER_DB_PASSWORD");
		required.put("spring.data.redis.host", "ADTOPAPER_REDIS_HOST");
		required.put("adtopaper.query-cache.servers", "ADTOPAPER_MEMCACHED_SERVERS");
		required.put("adtopaper.blobs.s3.bucket", "ADTOPAPER_S3_BUCKET");
		required.put("adtopaper.blobs.s3.region", "ADTOPAPER_S3_REGION");
		required.put("adtopaper.blobs.private-s3.bucket", "ADTOPAPER_S3_PRIVATE_BUCKET");
		required.put("adtopaper.blobs.public-base-url", "ADTOPAPER_CDN_BASE_URL");
		required.put("adtopaper.web.public-base-url", "ADTOPAPER_PUBLIC_BASE_URL");
		required.put("adtopaper.security.token-secret", "ADTOPAPER_TOKEN_SECRET");
		required.put("adtopaper.printing.printers.key-secret", "ADTOPAPER_PRINTER_KEY_SECRET");
		// verification mails: without a server they would only be logged, and nobody
		// could verify (their links point at adtopaper.web.public-base-url)
		required.put("spring.mail.host", "ADTOPAPER_SMTP_HOST");
		// without it the node's meters are refused by Datadog, and the dashboard and its
		// monitors see nothing of it
		required.put("management.datadog.metrics.export.api-key", "ADTOPAPER_DATADOG_API_KEY");
		return Collections.unmodifiableMap(required);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("production"))) {
			return;
		}
		List<String> missing = REQUIRED.entrySet()
			.stream()
			.filter((setting) -> !StringUtils.hasText(environment.getProperty(setting.getKey())))
			.map((setting) -> setting.getKey() + " (environment variable " + setting.getValue() + ")")
			.toList();
		if (!missing.isEmpty()) {
			throw new MissingSettingsException(missing);
		}
	}

	@Override
	public int getOrder() {
		// after the config data (application-production.yml) has been loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

}
