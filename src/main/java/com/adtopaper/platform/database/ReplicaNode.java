package com.adtopaper.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import javax.sql.DataSource;

import com.adtopaper.querycache.ReplicaPosition;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replica: its connection pool, and a monitor that asks it every
 * {@code monitor-interval}, on a connection of its own, whether it replicates, how far
 * behind it is ({@code SHOW SLAVE STATUS}) and how far it has applied
 * ({@code @@gtid_slave_pos}, which the query cache needs). It takes reads only while it
 * answers, both replication threads run and its lag is within {@code max-lag}.
 */
final class ReplicaNode implements ReplicaPosition, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaNode.class);

	/** What a replica is, for the health endpoint and the reads' routing. */
	enum State {

		/** Within the lag bound: takes reads. */
		REPLICATING,

		/** Replicating, but further behind than the bound. */
		LAGGING,

		/** Answers, but a replication thread has stopped: its lag is unknown. */
		STOPPED,

		/** Does not answer. */
		DOWN,

		/** Not asked yet. */
		UNKNOWN

	}

	private final String name;

	private final String url;

	private final String username;

	private final String password;

	private final HikariDataSource pool;

	private final Duration maxLag;

	private final Duration interval;

	/** The pool as the application reads it: through the query cache, when it is on. */
	private volatile DataSource reads;

	private volatile State state = State.UNKNOWN;

	private volatile @Nullable Long lagSeconds;

	private volatile @Nullable String applied;

	private volatile @Nullable String problem;

	private @Nullable Connection monitorConnection;

	private volatile boolean closed;

	private final Thread monitor;

	ReplicaNode(String name, String url, String username, String password, HikariDataSource pool, Duration maxLag,
			Duration interval) {
		this.name = name;
		this.url = url;
		this.username = username;
		this.password = password;
		this.pool = pool;
		this.reads = pool;
		this.maxLag = maxLag;
		this.interval = interval;
		check();
		this.monitor = Thread.ofVirtual().name("replica-monitor-" + name).start(this::watch);
	}

	void readThrough(DataSource reads) {
		this.reads = reads;
	}

	DataSource reads() {
		return this.reads;
	}

	HikariDataSource pool() {
		return this.pool;
	}

	boolean takesReads() {
		return this.state == State.REPLICATING;
	}

	State state() {
		return this.state;
	}

	/**
	 * The replica's pool failed to give a connection: it takes no reads until it answers.
	 */
	void failed(SQLException ex) {
		record(State.DOWN, null, null, ex.getMessage());
	}

	@Override
	public @Nullable String applied() {
		return this.applied;
	}

	Map<String, Object> report() {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("name", this.name);
		report.put("state", this.state.name());
		if (this.lagSeconds != null) {
			report.put("lagSeconds", this.lagSeconds);
		}
		if (this.applied != null) {
			report.put("gtidApplied", this.applied);
		}
		if (this.problem != null) {
			report.put("problem", this.problem);
		}
		return report;
	}

	private void watch() {
		while (!this.closed) {
			try {
				Thread.sleep(this.interval);
			}
			catch (InterruptedException ex) {
				return;
			}
			check();
		}
	}

	private synchronized void check() {
		try {
			Connection connection = monitorConnection();
			try (Statement statement = connection.createStatement()) {
				String applied;
				try (ResultSet position = statement.executeQuery("SELECT @@gtid_slave_pos")) {
					position.next();
					applied = position.getString(1);
				}
				try (ResultSet status = statement.executeQuery("SHOW SLAVE STATUS")) {
					if (!status.next()) {
						record(State.STOPPED, null, applied, "not a replica");
						return;
					}
					boolean running = "Yes".equals(status.getString("Slave_IO_Running"))
							&& "Yes".equals(status.getString("Slave_SQL_Running"));
					long lag = status.getLong("Seconds_Behind_Master");
					Long lagSeconds = status.wasNull() ? null : lag;
					if (!running || lagSeconds == null) {
						String error = status.getString("Last_Error");
						record(State.STOPPED, lagSeconds, applied,
								(error == null || error.isEmpty()) ? "replication stopped" : error);
					}
					else {
						record((lagSeconds > this.maxLag.toSeconds()) ? State.LAGGING : State.REPLICATING, lagSeconds,
								applied, null);
					}
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			closeMonitorConnection();
			record(State.DOWN, null, null, ex.getMessage());
		}
	}

	private void record(State state, @Nullable Long lagSeconds, @Nullable String applied, @Nullable String problem) {
		State before = this.state;
		this.lagSeconds = lagSeconds;
		this.applied = applied;
		this.problem = problem;
		this.state = state;
		if (before != state) {
			if (state == State.DOWN) {
				// its pooled connections are broken: none is handed out again
				var pool = this.pool.getHikariPoolMXBean();
				if (pool != null) {
					pool.softEvictConnections();
				}
			}
			if (state == State.REPLICATING) {
				logger.info("Replica {} takes reads again", this.name);
			}
			else {
				logger.warn("Replica {} is {} ({}): its reads go to the primary", this.name, state, problem);
			}
		}
	}

	private Connection monitorConnection() throws SQLException {
		Connection connection = this.monitorConnection;
		if (connection == null) {
			DriverManager.setLoginTimeout(2);
			connection = DriverManager.getConnection(this.url, this.username, this.password);
			connection.setNetworkTimeout(DIRECT, 2000);
			this.monitorConnection = connection;
		}
		return connection;
	}

	private void closeMonitorConnection() {
		Connection connection = this.monitorConnection;
		this.monitorConnection = null;
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// gone already
			}
		}
	}

	private static final Executor DIRECT = Runnable::run;

	@Override
	public void close() {
		this.closed = true;
		this.monitor.interrupt();
		synchronized (this) {
			closeMonitorConnection();
		}
		this.pool.close();
	}

}
