package com.adtopaper.querycache;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * The invalidations of {@link QueryCache}: bumps the generations of the tables a write
 * touched, retries while the store fails, and past the timeout hands them to the
 * {@link InvalidationLog} in the database.
 */
final class Invalidator {

	private static final long FIRST_RETRY_NANOS = 5_000_000;

	private static final long LONGEST_RETRY_NANOS = 100_000_000;

	private final CacheStore store;

	private final SchemaMetadata schema;

	private final CacheKeys keys;

	private final QueryCacheSettings settings;

	private final QueryCacheMetrics metrics;

	/** For a shared store: invalidations that went through the database instead. */
	private final @Nullable InvalidationLog log;

	/**
	 * Set when this node gave up on the store, cleared when an invalidation reaches it:
	 * meanwhile a failed invalidation goes to the database without waiting first.
	 */
	private volatile boolean storeUnreachable;

	Invalidator(CacheStore store, SchemaMetadata schema, CacheKeys keys, QueryCacheSettings settings,
			QueryCacheMetrics metrics, @Nullable InvalidationLog log) {
		this.store = store;
		this.schema = schema;
		this.keys = keys;
		this.settings = settings;
		this.metrics = metrics;
		this.log = log;
	}

	/**
	 * Bumps the generations of the tables a commit wrote, and returns only when they are
	 * in the store — or, past {@code invalidationTimeout} of trying, recorded in the
	 * database for the other nodes to honour (see {@link InvalidationLog}).
	 */
	void invalidate(Connection connection, Set<String> tables) throws SQLException {
		long deadline = System.nanoTime() + this.settings.invalidationTimeout().toNanos();
		SchemaMetadata.Snapshot snapshot = this.schema.current(connection);
		List<String> failed = new ArrayList<>(tables.size());
		for (String table : tables) {
			failed.add(this.keys.generationKey(snapshot, table));
		}
		this.metrics.invalidated(tables.size());
		failed = increment(failed);
		if (failed.isEmpty()) {
			return;
		}
		if (this.log == null) {
			throw new SQLException("The query cache could not invalidate " + failed);
		}
		if (!this.storeUnreachable) {
			long pause = FIRST_RETRY_NANOS;
			while (!failed.isEmpty() && System.nanoTime() + pause < deadline) {
				LockSupport.parkNanos(pause);
				pause = Math.min(pause * 2, LONGEST_RETRY_NANOS);
				failed = increment(failed);
			}
			if (failed.isEmpty()) {
				this.metrics.event("invalidation-retried");
				return;
			}
		}
		this.storeUnreachable = true;
		this.metrics.event("invalidation-given-up");
		this.log.record(connection, failed);
	}

	/**
	 * Increments each generation once, in order, until the store fails one: the rest are
	 * not tried this round, so a round costs at most one timeout.
	 * @return the keys not incremented
	 */
	private List<String> increment(List<String> keys) {
		for (int i = 0; i < keys.size(); i++) {
			try {
				this.store.increment(keys.get(i));
				this.storeUnreachable = false;
			}
			catch (CacheStoreException ex) {
				this.metrics.error("invalidate");
				return List.copyOf(keys.subList(i, keys.size()));
			}
		}
		return List.of();
	}

}
