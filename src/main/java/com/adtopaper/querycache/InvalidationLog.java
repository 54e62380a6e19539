package com.adtopaper.querycache;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invalidations that could not reach the store, kept in the database until some node can
 * make them there — and the lease that makes every node honour them in time.
 * <p>
 * A node that gave up bumping a generation inserts a row for it (on the connection whose
 * transaction just committed, in a transaction of its own) and then waits for
 * {@code lease + poll interval} before the write's caller goes on. Every node reads the
 * rows every poll interval, bumps their generations in the store if it can (and then
 * deletes them), and serves a cached result only if its last reading <em>started</em>
 * less than {@code lease} ago and no row it read names a generation of that read. So a
 * read that starts after the write returned, on any node, is served from the cache only
 * under a lease whose reading started after the row was committed: it saw the row, and
 * either its node bumped the generation or it skips the cache for that table. Durations
 * are measured on each node's monotonic clock; wall clocks play no part.
 */
final class InvalidationLog implements AutoCloseable {

	static final String TABLE = "query_cache_invalidation";

	private static final Logger log = LoggerFactory.getLogger(InvalidationLog.class);

	/** What the last reading of the table found, and when it started. */
	private record Reading(long startedNanos, Set<String> pending) {
	}

	private final DataSource database;

	private final CacheStore store;

	private final QueryCacheMetrics metrics;

	private final long leaseNanos;

	private final Duration writerWait;

	private final long pollMillis;

	private final ScheduledExecutorService poller = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("query-cache-invalidation-log").factory());

	/** Generations neither the store nor the database took: retried with each reading. */
	private final Set<String> unrecorded = ConcurrentHashMap.newKeySet();

	private volatile @Nullable Reading reading;

	InvalidationLog(DataSource database, CacheStore store, QueryCacheSettings settings, QueryCacheMetrics metrics) {
		this.database = database;
		this.store = store;
		this.metrics = metrics;
		this.leaseNanos = settings.logLease().toNanos();
		this.pollMillis = settings.logPollInterval().toMillis();
		this.writerWait = settings.logLease().plus(settings.logPollInterval());
	}

	/**
	 * Creates the table if it is missing, and starts reading it: until the first reading
	 * nothing is served from the cache. Not at construction, since the cache comes up
	 * with the first connection, and a migration tool taking it must find the schema as
	 * it left it.
	 */
	void start() throws SQLException {
		try (Connection connection = this.database.getConnection(); var statement = connection.createStatement()) {
			statement.execute("create table if not exists " + TABLE + " (id bigint not null auto_increment primary key,"
					+ " generation_key varchar(255) not null)");
		}
		this.poller.scheduleWithFixedDelay(this::read, 0, this.pollMillis, TimeUnit.MILLISECONDS);
	}

	/**
	 * Why a read of these generations must not be served from the cache now, or
	 * {@code null} if it may.
	 */
	@Nullable String bypass(List<String> generationKeys) {
		Reading last = this.reading;
		if (last == null || System.nanoTime() - last.startedNanos() >= this.leaseNanos) {
			return "invalidation-log-unread";
		}
		if (!last.pending().isEmpty() || !this.unrecorded.isEmpty()) {
			for (String key : generationKeys) {
				if (last.pending().contains(key) || this.unrecorded.contains(key)) {
					return "invalidation-pending";
				}
			}
		}
		return null;
	}

	/**
	 * Records invalidations the store did not take, and waits until every node has read
	 * them or let its lease lapse.
	 * @param connection the physical connection whose transaction just ended
	 * @throws SQLException if the database took them neither (they are then retried in
	 * the background, and this node skips the cache for them)
	 */
	void record(Connection connection, Collection<String> generationKeys) throws SQLException {
		try {
			insert(connection, generationKeys);
		}
		catch (SQLException first) {
			// the connection may be the reason the commit failed: try a new one
			try (Connection other = this.database.getConnection()) {
				insert(other, generationKeys);
			}
			catch (SQLException ex) {
				ex.addSuppressed(first);
				this.unrecorded.addAll(generationKeys);
				this.metrics.error("invalidation-log");
				throw new SQLException("The query cache could not invalidate " + generationKeys
						+ " in the store nor record it in the database", ex);
			}
		}
		this.metrics.event("invalidation-recorded");
		try {
			Thread.sleep(this.writerWait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void insert(Connection connection, Collection<String> generationKeys) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		if (!autoCommit) {
			// whatever the caller's transaction left (nothing, after a commit that went
			// through) is not ours to commit
			connection.rollback();
		}
		try (var insert = connection.prepareStatement("insert into " + TABLE + " (generation_key) values (?)")) {
			for (String key : generationKeys) {
				insert.setString(1, key);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		if (!autoCommit) {
			connection.commit();
		}
	}

	/** Reads the table, applies what it can, and renews the lease. */
	private void read() {
		long started = System.nanoTime();
		Map<String, List<Long>> rows = new HashMap<>();
		try (Connection connection = this.database.getConnection();
				var statement = connection.createStatement();
				var result = statement.executeQuery("select id, generation_key from " + TABLE)) {
			while (result.next()) {
				rows.computeIfAbsent(result.getString(2), (key) -> new ArrayList<>()).add(result.getLong(1));
			}
		}
		catch (SQLException | RuntimeException ex) {
			this.metrics.error("invalidation-log");
			log.debug("Could not read the query cache's invalidation log: {}", ex.getMessage());
			return;
		}
		// the lease runs from the start of the reading, whatever the bumps below take
		Set<String> pending = new HashSet<>(rows.keySet());
		pending.addAll(this.unrecorded);
		this.reading = new Reading(started, Set.copyOf(pending));
		List<Long> applied = new ArrayList<>();
		boolean reached = true;
		for (var row : rows.entrySet()) {
			// one failure says the store is out of reach: the next reading tries again
			reached = reached && bump(row.getKey());
			if (reached) {
				pending.remove(row.getKey());
				applied.addAll(row.getValue());
				this.metrics.event("invalidation-applied-from-log");
			}
		}
		if (reached) {
			this.unrecorded.removeIf(this::bump);
		}
		if (pending.size() < this.reading.pending().size()) {
			this.reading = new Reading(started, Set.copyOf(pending));
		}
		if (!applied.isEmpty()) {
			delete(applied);
		}
	}

	private boolean bump(String key) {
		try {
			this.store.increment(key);
			return true;
		}
		catch (CacheStoreException ex) {
			return false;
		}
	}

	private void delete(List<Long> ids) {
		try (Connection connection = this.database.getConnection();
				var delete = connection.prepareStatement("delete from " + TABLE + " where id = ?")) {
			for (long id : ids) {
				delete.setLong(1, id);
				delete.addBatch();
			}
			delete.executeBatch();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			// read and applied again next time
			this.metrics.error("invalidation-log");
		}
	}

	/** How many invalidations wait in the database, as last read. */
	int pending() {
		Reading last = this.reading;
		return (last != null) ? last.pending().size() : 0;
	}

	@Override
	public void close() {
		this.poller.shutdownNow();
	}

}
