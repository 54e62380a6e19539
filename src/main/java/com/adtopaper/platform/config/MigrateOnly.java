package com.adtopaper.platform.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the database migrations of this JAR and nothing else: no Spring context, no web
 * server, no job worker, so no new code touches anything but the schema. A rolling deploy
 * runs it once before any node gets the new JAR ({@code deploy/rolling-deploy}): <pre>
 * java -Dloader.main=com.adtopaper.platform.config.MigrateOnly \
 *      -cp adtopaper.jar org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre> It reads the database from the environment the production profile reads
 * ({@code ADTOPAPER_DB_URL}, {@code ADTOPAPER_DB_USERNAME},
 * {@code ADTOPAPER_DB_PASSWORD}) and takes the same locations as
 * {@code spring.flyway.locations}, the vendor's folder chosen from the server's product
 * name as Spring Boot chooses it. It prints how many migrations it ran
 * ({@code migrations-executed=N}): the data they changed went past the query cache, so
 * the deploy then empties Memcached.
 */
public final class MigrateOnly {

	private MigrateOnly() {
	}

	public static void main(String[] args) throws SQLException {
		String url = required("ADTOPAPER_DB_URL");
		String username = required("ADTOPAPER_DB_USERNAME");
		String password = required("ADTOPAPER_DB_PASSWORD");
		String vendor;
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			vendor = vendor(connection.getMetaData().getDatabaseProductName());
		}
		MigrateResult result = Flyway.configure()
			.dataSource(url, username, password)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.load()
			.migrate();
		System.out.println("schema-version=" + result.targetSchemaVersion);
		System.out.println("migrations-executed=" + result.migrationsExecuted);
		if (!result.success) {
			System.exit(1);
		}
	}

	static String vendor(String productName) {
		String name = productName.toLowerCase(Locale.ROOT);
		if (name.contains("mariadb")) {
			return "mariadb";
		}
		if (name.contains("mysql")) {
			return "mysql";
		}
		if (name.contains("h2")) {
			return "h2";
		}
		throw new IllegalArgumentException("No migrations for a " + productName + " database");
	}

	private static String required(String variable) {
		String value = System.getenv(variable);
		if (value == null || value.isBlank()) {
			System.err.println("MigrateOnly needs the environment variable " + variable);
			System.exit(2);
		}
		return value;
	}

}
