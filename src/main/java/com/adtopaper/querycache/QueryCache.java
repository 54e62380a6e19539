package com.adtopaper.querycache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * The cache's rules, between the JDBC proxies and the store: which reads may be served
 * from or stored in the cache, and which generations a write bumps when. See the package
 * documentation for why these rules are enough. The keys are built by {@link CacheKeys},
 * misses stored by {@link ResultStorer}, and invalidations made by {@link Invalidator}.
 */
final class QueryCache implements AutoCloseable {

	static final String ALL_TABLES = "*";

	private final CacheStore store;

	private final DataSource database;

	private final SqlAnalyzer analyzer;

	private final SchemaMetadata schema = new SchemaMetadata();

	private final QueryCacheSettings settings;

	private final QueryCacheMetrics metrics;

	private final Generations generations;

	/** For a shared store: invalidations that went through the database instead. */
	private final @Nullable InvalidationLog log;

	private final CacheKeys keys;

	private final ResultStorer storer;

	private final Invalidator invalidator;

	private final ReplicaReads replicaReads;

	/**
	 * @param database the DataSource under the cache, where the cache keeps its own two
	 * tables when the store is shared
	 */
	QueryCache(DataSource database, CacheStore store, QueryCacheSettings settings, QueryCacheMetrics metrics) {
		this.database = database;
		this.store = store;
		this.settings = settings;
		this.metrics = metrics;
		this.analyzer = new SqlAnalyzer(settings.statements());
		if (store instanceof MemcachedCacheStore memcached) {
			metrics.reconnects(memcached::reconnects);
		}
		if (store.shared()) {
			this.generations = new Generations(store, Generations.Epochs.in(database), metrics);
			this.log = new InvalidationLog(database, store, settings, metrics);
		}
		else {
			this.generations = new Generations(store, Generations.Epochs.inProcess(), metrics);
			this.log = null;
		}
		this.keys = new CacheKeys(settings.namespace());
		this.storer = new ResultStorer(store, settings, metrics);
		this.invalidator = new Invalidator(store, this.schema, this.keys, settings, metrics, this.log);
		this.replicaReads = new ReplicaReads(database);
	}

	/**
	 * Starts reading the invalidations recorded in the database (for a shared store):
	 * until then, reads skip the cache.
	 */
	void start() throws SQLException {
		if (this.log != null) {
			this.log.start();
		}
	}

	QueryCacheMetrics metrics() {
		return this.metrics;
	}

	/**
	 * How many invalidations wait in the database for a node that can reach the store.
	 */
	int pendingInDatabase() {
		return (this.log != null) ? this.log.pending() : 0;
	}

	/**
	 * A query through {@code executeQuery}: from the cache if it may, else from the
	 * database.
	 */
	ResultSet query(ConnectionState state, String sql, Parameters parameters, long maxRows, Statement owner,
			SqlCall<ResultSet> execute) throws SQLException {
		SqlAnalysis analysis = this.analyzer.analyze(sql);
		if (analysis.kind() != SqlAnalysis.Kind.READ) {
			try {
				return execute.call();
			}
			finally {
				executed(state, sql);
			}
		}
		String bypass = bypassReason(analysis, state, parameters);
		if (bypass != null) {
			this.metrics.bypass(bypass);
			return execute.call();
		}
		SchemaMetadata.Snapshot snapshot = this.schema.current(state.connection());
		List<String> keys = this.keys.generationKeys(snapshot, analysis.tables());
		bypass = (this.log != null) ? this.log.bypass(keys) : null;
		if (bypass != null) {
			this.metrics.bypass(bypass);
			return execute.call();
		}
		String resultKey = this.keys.resultKey(snapshot, sql, parameters, maxRows);
		CacheStore.Lookup lookup;
		try {
			lookup = this.store.lookup(keys, resultKey);
		}
		catch (CacheStoreException ex) {
			this.metrics.error("lookup");
			return execute.call();
		}
		if (missing(keys, lookup.generations())) {
			this.metrics.bypass("generation-missing");
			return execute.call();
		}
		if (lookup.entry() != null && ResultCodec.storedUnder(lookup.entry(), lookup.generations())) {
			this.metrics.hit();
			return CachedResultSet.open(ResultCodec.decode(lookup.entry()).result(), owner);
		}
		this.metrics.miss();
		ReplicaPosition replica = state.replica();
		if (replica == null) {
			CachedResult result = CachedResult.read(execute.call(), this.settings.maxItemSize().toBytes());
			this.storer.storeInBackground(resultKey, lookup.generations(), result, null);
			return CachedResultSet.open(result, owner);
		}
		// read before the statement runs: the replica has applied at least this much when
		// it does
		String applied = replica.applied();
		var required = this.replicaReads.required(keys, lookup.generations());
		CachedResult result = CachedResult.read(execute.call(), this.settings.maxItemSize().toBytes());
		this.storer.storeInBackground(resultKey, lookup.generations(), result,
				new ResultStorer.Condition(applied, required));
		return CachedResultSet.open(result, owner);
	}

	/** Whether a generation is missing; if so, it is created for the reads after this. */
	private boolean missing(List<String> keys, long[] values) {
		List<String> missing = null;
		for (int i = 0; i < values.length; i++) {
			if (values[i] == 0) {
				if (missing == null) {
					missing = new ArrayList<>();
				}
				missing.add(keys.get(i));
			}
		}
		if (missing == null) {
			return false;
		}
		this.generations.missing(missing);
		return true;
	}

	private @Nullable String bypassReason(SqlAnalysis analysis, ConnectionState state, Parameters parameters)
			throws SQLException {
		if (analysis.bypass() != null) {
			return analysis.bypass();
		}
		if (state.wrote) {
			return "written-in-transaction";
		}
		if (!parameters.cacheable()) {
			return "unkeyable-parameter";
		}
		int isolation = state.isolation();
		if (isolation == Connection.TRANSACTION_READ_UNCOMMITTED) {
			return "read-uncommitted";
		}
		if (!state.autoCommit && isolation != Connection.TRANSACTION_READ_COMMITTED) {
			return "snapshot-isolation";
		}
		return null;
	}

	/**
	 * Any statement other than a cached query has run (or failed): note what it wrote.
	 */
	void executed(ConnectionState state, String sql) throws SQLException {
		SqlAnalysis analysis = this.analyzer.analyze(sql);
		switch (analysis.kind()) {
			case WRITE -> {
				Set<String> tables = this.schema.current(state.connection()).withCascades(analysis);
				if (state.autoCommit) {
					this.invalidator.invalidate(state.connection(), tables);
				}
				else {
					state.written.addAll(tables);
					state.wrote = true;
				}
			}
			case SCHEMA -> {
				// DDL commits implicitly in MySQL and H2; whatever it changed, everything
				// is invalidated
				state.written.add(ALL_TABLES);
				this.metrics.event("invalidated-everything");
				this.invalidator.invalidate(state.connection(), state.written);
				state.endTransaction();
				this.schema.reset();
			}
			case COMMIT -> committed(state);
			case ROLLBACK -> state.endTransaction();
			case READ, NEUTRAL -> {
			}
		}
	}

	/**
	 * Called after a commit, whether it succeeded or not: a failed commit may still have
	 * committed.
	 */
	void committed(ConnectionState state) throws SQLException {
		try {
			if (!state.written.isEmpty()) {
				this.invalidator.invalidate(state.connection(), state.written);
			}
		}
		finally {
			state.endTransaction();
		}
	}

	/** Invalidates every cached result. */
	void invalidateAll() throws SQLException {
		try (Connection connection = this.database.getConnection()) {
			this.invalidator.invalidate(connection, Set.of(ALL_TABLES));
		}
	}

	@Override
	public void close() {
		if (this.log != null) {
			this.log.close();
		}
		this.generations.close();
		this.replicaReads.close();
		this.storer.shutdown();
		this.store.close();
	}

	/** A JDBC call that may throw. */
	@FunctionalInterface
	interface SqlCall<T> {

		T call() throws SQLException;

	}

}
