package com.adtopaper.querycache;

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
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * The cache's rules, between the JDBC proxies and the store: which reads may be served
 * from or stored in the cache, and which generations a write bumps when. See the package
 * documentation for why these rules are enough.
 */
final class QueryCache implements AutoCloseable {

	static final String ALL_TABLES = "*";

	/** The version of the key layout: a new one never reads values of an older one. */
	private static final String LAYOUT = "2";

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private static final Pattern SIMPLE_NAME = Pattern.compile("[a-z0-9_$*]{1,64}");

	private static final long FIRST_RETRY_NANOS = 5_000_000;

	private static final long LONGEST_RETRY_NANOS = 100_000_000;

	private final CacheStore store;

	private final DataSource database;

	private final Map<String, String> generationKeys = new ConcurrentHashMap<>();

	private final SqlAnalyzer analyzer;

	private final SchemaMetadata schema = new SchemaMetadata();

	private final QueryCacheSettings settings;

	private final QueryCacheMetrics metrics;

	private final Generations generations;

	/** For a shared store: invalidations that went through the database instead. */
	private final @Nullable InvalidationLog log;

	/**
	 * Set when this node gave up on the store, cleared when an invalidation reaches it:
	 * meanwhile a failed invalidation goes to the database without waiting first.
	 */
	private volatile boolean storeUnreachable;

	private static final int MAX_STORING = 256;

	private final Semaphore storing = new Semaphore(MAX_STORING);

	private final ExecutorService storer = Executors.newVirtualThreadPerTaskExecutor();

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
		List<String> keys = generationKeys(snapshot, analysis.tables());
		bypass = (this.log != null) ? this.log.bypass(keys) : null;
		if (bypass != null) {
			this.metrics.bypass(bypass);
			return execute.call();
		}
		String resultKey = resultKey(snapshot, sql, parameters, maxRows);
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
		CachedResult result = CachedResult.read(execute.call(), this.settings.maxItemSize().toBytes());
		storeInBackground(resultKey, lookup.generations(), result);
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

	/**
	 * Encodes and stores a result on a virtual thread, so that a miss costs the caller
	 * only the lookup: the generations stored with it were read before the statement ran,
	 * which is all that correctness needs. Under a backlog, results are simply not
	 * stored.
	 */
	private void storeInBackground(String resultKey, long[] generations, CachedResult result) {
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
					store(resultKey, generations, result);
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

	private void store(String resultKey, long[] generations, CachedResult result) {
		byte[] entry = ResultCodec.encode(generations, result);
		if (entry.length > this.settings.maxItemSize().toBytes()) {
			this.metrics.bypass("too-large-or-unsupported");
			return;
		}
		try {
			this.store.store(resultKey, entry, (int) this.settings.ttl().toSeconds());
		}
		catch (CacheStoreException ex) {
			this.metrics.error("store");
		}
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
					invalidate(state.connection(), tables);
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
				invalidate(state.connection(), state.written);
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
				invalidate(state.connection(), state.written);
			}
		}
		finally {
			state.endTransaction();
		}
	}

	/** Invalidates every cached result. */
	void invalidateAll() throws SQLException {
		try (Connection connection = this.database.getConnection()) {
			invalidate(connection, Set.of(ALL_TABLES));
		}
	}

	/**
	 * Bumps the generations of the tables a commit wrote, and returns only when they are
	 * in the store — or, past {@code invalidationTimeout} of trying, recorded in the
	 * database for the other nodes to honour (see {@link InvalidationLog}).
	 */
	private void invalidate(Connection connection, Set<String> tables) throws SQLException {
		long deadline = System.nanoTime() + this.settings.invalidationTimeout().toNanos();
		SchemaMetadata.Snapshot snapshot = this.schema.current(connection);
		List<String> failed = new ArrayList<>(tables.size());
		for (String table : tables) {
			failed.add(generationKey(snapshot, table));
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
			return this.settings.namespace() + ":g" + LAYOUT + ":" + snapshot.databaseId() + ":" + name;
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
		return this.settings.namespace() + ":r" + LAYOUT + ":"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
	}

	@Override
	public void close() {
		if (this.log != null) {
			this.log.close();
		}
		this.generations.close();
		this.storer.shutdown();
		this.store.close();
	}

	/** A JDBC call that may throw. */
	@FunctionalInterface
	interface SqlCall<T> {

		T call() throws SQLException;

	}

}
