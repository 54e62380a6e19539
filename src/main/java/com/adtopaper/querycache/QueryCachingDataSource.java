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

	QueryCachingDataSource(DataSource target, Supplier<QueryCache> cache) {
		super(target);
		this.cache = cache;
		this.owned = null;
	}

	private QueryCachingDataSource(DataSource target, QueryCache cache) {
		super(target);
		this.cache = () -> cache;
		this.owned = cache;
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
		var handler = new CachingConnection(connection, this.cache.get());
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
