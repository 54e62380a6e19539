package com.adtopaper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations build the same tables on MariaDB (production's MySQL family) and on
 * H2 (the embedded default).
 */
@Tag("integration")
class MigrationsIntegrationTests {

	private static final String H2 = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Test
	void theMigrationsRunOnMariaDbAndH2AndBuildTheSameTables() throws SQLException {
		TestServers servers = TestServers.get();
		servers.freshDatabase(TestServers.DATABASE + "_migrations");
		String mariadb = servers.jdbcUrl(TestServers.DATABASE + "_migrations");

		migrate(mariadb, "root", "", "mariadb");
		migrate(H2, "sa", "", "h2");

		Map<String, Set<String>> onMariaDb;
		try (Connection connection = DriverManager.getConnection(mariadb, "root", "")) {
			onMariaDb = columns(connection, TestServers.DATABASE + "_migrations");
		}
		Map<String, Set<String>> onH2;
		try (Connection connection = DriverManager.getConnection(H2, "sa", "")) {
			onH2 = columns(connection, "public");
		}
		assertThat(onMariaDb).containsKeys("accounts", "members", "points_ledger", "points_accounts",
				"event_publication");
		assertThat(onH2).isEqualTo(onMariaDb);
	}

	private static void migrate(String url, String user, String password, String vendor) {
		var result = Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.load()
			.migrate();
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThan(3);
	}

	/** Table name to its columns, each as "name nullable?", in lower case. */
	private static Map<String, Set<String>> columns(Connection connection, String schema) throws SQLException {
		Map<String, Set<String>> tables = new TreeMap<>();
		try (var statement = connection.prepareStatement("""
				select lower(table_name), lower(column_name), is_nullable from information_schema.columns
				where lower(table_schema) = ? and lower(table_name) <> 'flyway_schema_history'""")) {
			statement.setString(1, schema);
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					tables.computeIfAbsent(rows.getString(1), (table) -> new TreeSet<>())
						.add(rows.getString(2) + " " + rows.getString(3));
				}
			}
		}
		return tables;
	}

}
