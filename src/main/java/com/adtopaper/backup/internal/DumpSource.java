package com.adtopaper.backup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The database to dump, as the dump program's options: the first host of a JDBC URL, its
 * port and database. The password goes to the process in {@code MYSQL_PWD}, never on its
 * command line, which every user of the machine can read.
 */
record DumpSource(String host, int port, String database, String username, @Nullable String password) {

	private static final Pattern URL = Pattern
		.compile("jdbc:(?:mysql|mariadb)(?::[a-z]+)?://([^/:,?]+)(?::(\\d+))?(?:,[^/]*)?/([^?;]+).*");

	static DumpSource of(String jdbcUrl, String username, @Nullable String password) {
		Matcher matcher = URL.matcher(jdbcUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException(
					"adtopaper.backups.database.url (or spring.datasource.url) is not a MySQL or MariaDB JDBC URL "
							+ "with a database: " + jdbcUrl.replaceAll("password=[^&]*", "password=..."));
		}
		int port = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 3306;
		return new DumpSource(matcher.group(1), port, matcher.group(3), username, password);
	}

	/** The connection options, for {@code mariadb-dump} and {@code mariadb} alike. */
	List<String> connectionOptions() {
		List<String> options = new ArrayList<>();
		options.add("--host=" + this.host);
		options.add("--port=" + this.port);
		options.add("--protocol=TCP");
		options.add("--user=" + this.username);
		return options;
	}

	@Override
	public String toString() {
		return "DumpSource[" + this.username + "@" + this.host + ":" + this.port + "/" + this.database + "]";
	}

}
