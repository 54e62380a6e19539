package com.adtopaper.platform.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache's rules, between the JDBC proxies and the store: which reads may be served
 * from or stored in the cache, and which generations a write bumps when. See the package
 * documentation for why these rules are enough.
 */
final class QueryCache implements AutoCloseable {

	/** Test hooks at the points where a concurrent write matters. */
	interface Probe {

		/**
		 * The generations and the entry have been read; the statement has not run yet.
		 */
		default void afterLookup(String sql) {
		}

		/** The statement has run; its result is about to be stored. */
		default void beforeStore(String sql) {
		}

	}

	static final String ALL_TABLES = "*";

	private static final Logger log = LoggerFactory.getLogger(QueryCache.class);

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private static final Pattern SIMPLE_NAME = Pattern.compile("[a-z0-9_$*]{1,64}");

	private final CacheStore store;

	private final Map<String, String> generationKeys = new ConcurrentHashMap<>();

	private final SqlAnalyzer analyzer;

	private final SchemaMetadata schema = new SchemaMetadata();

	private final QueryCacheSettings settings;

	private final QueryCacheMetrics metrics;

	/** Generation keys whose bump failed; retried until the store takes them. */
	private final Set<String> unbumped = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService retries;

	private static final int MAX_STORING = 256;

	private final Semaphore storing = new Semaphore(MAX_STORING);

	private final ExecutorService storer = Executors.newVirtualThreadPerTaskExecutor();

	private volatile Probe probe = new Probe() {
	};

	QueryCache(CacheStore store, QueryCacheSettings settings, QueryCacheMetrics metrics) {
		this.store = store;
		this.settings = settings;
		this.metrics = metrics;
		this.analyzer = new SqlAnalyzer(settings.statements());
		this.retries = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("query-cache-invalidation-retry").factory());
		this.retries.scheduleWithFixedDelay(this::retryBumps, 500, 500, TimeUnit.MILLISECONDS);
	}

	void probe(Probe probe) {
		this.probe = probe;
	}

	QueryCacheMetrics metrics() {
		return this.metrics;
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
		List<String> generationKeys = generationKeys(snapshot, analysis.tables());
		String resultKey = resultKey(snapshot, sql, parameters, maxRows);
		CacheStore.Lookup lookup;
		try {
			lookup = this.store.lookup(generationKeys, resultKey);
		}
		catch (CacheStoreException ex) {
			this.metrics.error("lookup");
			return execute.call();
		}
		this.probe.afterLookup(sql);
		if (lookup.entry() != null && ResultCodec.storedUnder(lookup.entry(), lookup.generations())) {
			this.metrics.hit();
			return CachedResultSet.open(ResultCodec.decode(lookup.entry()).result(), owner);
		}
		this.metrics.miss();
		CachedResult result = CachedResult.read(execute.call(), this.settings.maxItemSize().toBytes());
		storeInBackground(sql, resultKey, lookup.generations(), result);
		return CachedResultSet.open(result, owner);
	}

	/**
	 * Encodes and stores a result on a virtual thread, so that a miss costs the caller
	 * only the lookup: the generations stored with it were read before the statement ran,
	 * which is all that correctness needs. Under a backlog, results are simply not
	 * stored.
	 */
	private void storeInBackground(String sql, String resultKey, long[] generations, CachedResult result) {
		if (!result.cacheable()) {
			this.metrics.bypass("too-large-or-unsupported");
			return;
		}
		if (!this.storing.tryAcquire()) {
			this.metrics.bypass("store-backlog");
			return;
		}
		try {
			this.storer.execute(() -> {
				try {
					store(sql, resultKey, generations, result);
				}
				finally {
					this.storing.release();
				}
			});
		}
		catch (RuntimeException ex) {
			this.storing.release();
			this.metrics.error("store");
		}
	}

	/** Waits until every result handed to the background has been stored (for tests). */
	void awaitStores() throws InterruptedException {
		this.storing.acquire(MAX_STORING);
		this.storing.release(MAX_STORING);
	}

	private void store(String sql, String resultKey, long[] generations, CachedResult result) {
		byte[] entry = ResultCodec.encode(generations, result);
		if (entry.length > this.settings.maxItemSize().toBytes()) {
			this.metrics.bypass("too-large-or-unsupported");
			return;
		}
		this.probe.beforeStore(sql);
		try {
			this.store.store(resultKey, entry, (int) this.settings.ttl().toSeconds());
		}
		catch (CacheStoreException ex) {
			this.metrics.error("store");
		}
	}

	private String bypassReason(SqlAnalysis analysis, ConnectionState state, Parameters parameters)
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
		if (!this.unbumped.isEmpty()) {
			for (String table : analysis.tables()) {
				if (this.unbumped.stream().anyMatch((key) -> key.endsWith(":" + table) || key.endsWith(":*"))) {
					return "invalidation-pending";
				}
			}
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
					bump(state.connection(), tables);
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
				bump(state.connection(), state.written);
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
		if (!state.written.isEmpty()) {
			bump(state.connection(), state.written);
		}
		state.endTransaction();
	}

	/** Invalidates every cached result. */
	void invalidateAll(DataSource database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			bump(connection, Set.of(ALL_TABLES));
		}
	}

	private void bump(Connection connection, Set<String> tables) throws SQLException {
		SchemaMetadata.Snapshot snapshot = this.schema.current(connection);
		for (String table : tables) {
			String key = generationKey(snapshot, table);
			try {
				this.store.bump(key);
			}
			catch (CacheStoreException ex) {
				this.metrics.error("invalidate");
				this.unbumped.add(key);
			}
		}
		this.metrics.invalidated(tables.size());
	}

	private void retryBumps() {
		for (String key : this.unbumped) {
			try {
				this.store.bump(key);
				this.unbumped.remove(key);
			}
			catch (RuntimeException ex) {
				log.debug("Invalidation of {} still pending: {}", key, ex.getMessage());
			}
		}
	}

	/** The store key of a table's generation (for tests that evict it by hand). */
	String generationKey(DataSource database, String table) throws SQLException {
		try (Connection connection = database.getConnection()) {
			return generationKey(this.schema.current(connection), table);
		}
	}

	private List<String> generationKeys(SchemaMetadata.Snapshot snapshot, Set<String> tables) {
		List<String> keys = new ArrayList<>(tables.size() + 1);
		keys.add(generationKey(snapshot, ALL_TABLES));
		for (String table : tables) {
			keys.add(generationKey(snapshot, table));
		}
		return keys;
	}

	private String generationKey(SchemaMetadata.Snapshot snapshot, String table) {
		// every read builds these: kept, as the tables and databases are few
		return this.generationKeys.computeIfAbsent(snapshot.databaseId() + "\0" + table, (unused) -> {
			String name = SIMPLE_NAME.matcher(table).matches() ? table : SchemaMetadata.hash(table).substring(0, 16);
			return this.settings.namespace() + ":g:" + snapshot.databaseId() + ":" + name;
		});
	}

	private String resultKey(SchemaMetadata.Snapshot snapshot, String sql, Parameters parameters, long maxRows) {
		MessageDigest digest = SHA256.get();
		digest.reset();
		digest.update((snapshot.databaseId() + "\0" + snapshot.fingerprint() + "\0" + maxRows + "\0")
			.getBytes(StandardCharsets.UTF_8));
		digest.update(sql.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		digest.update(parameters.encoded().getBytes(StandardCharsets.UTF_8));
		return this.settings.namespace() + ":r:"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
	}

	@Override
	public void close() {
		this.retries.shutdownNow();
		this.storer.shutdown();
		this.store.close();
	}

	/** A JDBC call that may throw. */
	@FunctionalInterface
	interface SqlCall<T> {

		T call() throws SQLException;

	}

}
