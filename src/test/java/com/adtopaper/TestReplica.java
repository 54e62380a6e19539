package com.adtopaper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The replica {@code scripts/test-servers} runs on 127.0.0.1:3307, replicating the
 * primary by GTID: the replica tests read from it, stop its SQL thread (it then falls
 * behind) and start it again. Every test leaves it replicating.
 */
public final class TestReplica {

	public static final int PORT = 3307;

	private TestReplica() {
	}

	/** The replica's URL for a database of the primary. */
	public static String jdbcUrl(String database) {
		if (!TestServers.listening(PORT)) {
			throw new IllegalStateException("""
					The replica tests need a MariaDB replica of the primary on 127.0.0.1:3307: run \
					`scripts/test-servers ensure` (it starts one).""");
		}
		return "jdbc:mariadb://127.0.0.1:" + PORT + "/" + database;
	}

	/** The replica stops applying what it receives: it falls behind. */
	public static void stopApplying() {
		execute("STOP SLAVE SQL_THREAD");
	}

	/** The replica replicates again. */
	public static void startApplying() {
		execute("START SLAVE");
	}

	/** Replication stopped altogether, as when the primary is unreachable from it. */
	public static void stopReplicating() {
		execute("STOP SLAVE");
	}

	/** The replica's applied position, {@code @@gtid_slave_pos}. */
	public static String applied() {
		return value(PORT, "SELECT @@gtid_slave_pos");
	}

	/** Waits until the replica has applied everything the primary had written. */
	public static void awaitCaughtUp(Duration timeout) {
		String primary = value(3306, "SELECT @@gtid_binlog_pos");
		String waited = value(PORT,
				"SELECT MASTER_GTID_WAIT('" + primary + "', " + Math.max(1, timeout.toSeconds()) + ")");
		if (!"0".equals(waited)) {
			throw new AssertionError("The replica did not reach " + primary + " in " + timeout + ": at " + applied());
		}
	}

	private static void execute(String sql) {
		try (Connection connection = connect(PORT); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed on the replica", ex);
		}
	}

	private static String value(int port, String sql) {
		try (Connection connection = connect(port);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed on 127.0.0.1:" + port, ex);
		}
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
	}

}
