package com.adtopaper.querycache;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A {@link DataSource} with every connection it hands out watched by the query cache:
 * JPA, JDBC templates, Flyway and the event registry all go through it, so no query needs
 * an annotation to be cached and no write can skip invalidation. In a Spring application
 * the module wraps the application's DataSource itself ({@code adtopaper.query-cache.*});
 * {@link #wrap} makes one by hand.
 */
public final class QueryCachingDataSource extends DelegatingDataSource implements AutoCloseable {

	private final Supplier<QueryCache> cache;

	/** The cache, when this DataSource made it (and so closes it). */
	private final @Nullable QueryCache owned;

	/** When the target is a replica's pool: how far the replica has applied. */
	private final @Nullable ReplicaPosition replica;

	QueryCachingDataSource(DataSource target, Supplier<QueryCache> cache) {
		this(target, cache, null);
	}

	private QueryCachingDataSource(DataSource target, Supplier<QueryCache> cache, @Nullable ReplicaPosition replica) {
		super(target);
		this.cache = cache;
		this.owned = null;
		this.replica = replica;
	}

	private QueryCachingDataSource(DataSource target, QueryCache cache) {
		super(target);
		this.cache = () -> cache;
		this.owned = cache;
		this.replica = null;
	}

	/**
	 * The same cache over a replica of this DataSource's database: reads through it are
	 * served from and stored in the cache this one uses, but a result it reads is stored
	 * only if the replica had applied every write the generations it was read under
	 * reflect (see the package documentation). Closing it closes neither the cache nor
	 * {@code replica}.
	 * @param replica the replica's connection pool, in read-only transactions
	 * @param position how far the replica has applied, as last read from it
	 */
	public DataSource replica(DataSource replica, ReplicaPosition position) {
		return new QueryCachingDataSource(replica, this.cache, position);
	}

	/**
	 * A cache of its own over {@code target}, keeping generations and entries in
	 * {@code store} and counting in {@code registry}; closing the result closes the store
	 * and, if it can be closed, the target.
	 */
	public static QueryCachingDataSource wrap(DataSource target, CacheStore store, QueryCacheSettings settings,
			MeterRegistry registry) throws SQLException {
		var cache = new QueryCache(target, store, settings, new QueryCacheMetrics(registry));
		cache.start();
		return new QueryCachingDataSource(target, cache);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return watched(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return watched(obtainTargetDataSource().getConnection(username, password));
	}

	private Connection watched(Connection connection) throws SQLException {
		var handler = new CachingConnection(connection, this.cache.get(), this.replica);
		return (Connection) Proxy.newProxyInstance(QueryCachingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	/**
	 * Invalidates every cached result, on every node: for data changed outside the
	 * application.
	 */
	public void invalidateAll() throws SQLException {
		this.cache.get().invalidateAll();
	}

	/**
	 * What the cache did: hits, misses, hit ratio, bypasses by reason, invalidations,
	 * errors by operation, events (failed invalidations waited for, given up, recorded in
	 * the database, applied for another node; generations created), invalidations waiting
	 * in the database.
	 */
	public Map<String, Object> report() {
		QueryCache cache = this.cache.get();
		Map<String, Object> report = cache.metrics().report();
		report.put("pendingInDatabase", cache.pendingInDatabase());
		return report;
	}

	@Override
	public void close() throws Exception {
		if (this.owned != null) {
			this.owned.close();
		}
		if (getTargetDataSource() instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
