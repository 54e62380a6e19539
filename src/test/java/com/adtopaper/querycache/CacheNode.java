package com.adtopaper.querycache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.adtopaper.TestReplica;
import com.adtopaper.TestServers;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One node of the application as the cache sees it: a connection pool to the cache tests'
 * own MariaDB database, the cache over it with a store, and the node's meters. No
 * application is booted; several nodes in one JVM share the database and the store the
 * way several JVMs would.
 */
final class CacheNode implements AutoCloseable {

	/** The cache tests' database, made anew once per run: the tables are their own. */
	static final String DATABASE = TestServers.DATABASE + "_querycache";

	private static boolean fresh;

	/** The nodes' namespace: this run's, or the one a parent JVM hands down. */
	static final String NAMESPACE = System.getProperty("querycache.namespace", TestServers.RUN + "-qc");

	final HikariDataSource pool;

	final QueryCachingDataSource dataSource;

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	/** Reads and writes through the cache. */
	final JdbcTemplate cached;

	/** Reads and writes behind the cache's back: the database as it is. */
	final JdbcTemplate raw;

	final TransactionTemplate transactions;

	/**
	 * Run once after the next commit a physical connection of this node makes, before the
	 * cache invalidates anything: where a failure between the two matters.
	 */
	volatile @Nullable Runnable afterNextCommit;

	/**
	 * @param store where the node keeps generations and entries
	 * @param settings {@code adtopaper.query-cache.*} settings without the prefix (say
	 * {@code timeout=200ms}) over the defaults
	 */
	CacheNode(CacheStore store, String... settings) {
		this(store, 8, settings);
	}

	CacheNode(CacheStore store, int connections, String... settings) {
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(database());
		this.pool.setUsername("root");
		this.pool.setPassword("");
		this.pool.setMaximumPoolSize(connections);
		this.pool.setMinimumIdle(1);
		this.pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		try {
			this.dataSource = QueryCachingDataSource.wrap(new CommitHook(this.pool), store, settings(settings),
					this.registry);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.cached = new JdbcTemplate(this.dataSource);
		this.raw = new JdbcTemplate(this.pool);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
	}

	/** The pool, with {@link #afterNextCommit} run after a physical commit. */
	private final class CommitHook extends DelegatingDataSource {

		CommitHook(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = obtainTargetDataSource().getConnection();
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						Object result;
						try {
							result = method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
						Runnable hook = CacheNode.this.afterNextCommit;
						if (method.getName().equals("commit") && hook != null) {
							CacheNode.this.afterNextCommit = null;
							hook.run();
						}
						return result;
					});
		}

	}

	/** In a node's own JVM: the test that started it made the database already. */
	static synchronized void databaseMadeAlready() {
		fresh = true;
	}

	private static synchronized String database() {
		TestServers servers = TestServers.find();
		if (!fresh) {
			servers.freshDatabase(DATABASE);
			fresh = true;
		}
		return servers.jdbcUrl(DATABASE);
	}

	/** Settings as the application would bind them, with a namespace of this run's. */
	static QueryCacheSettings settings(String... overrides) {
		Map<String, String> properties = new HashMap<>();
		properties.put("adtopaper.query-cache.namespace", NAMESPACE);
		for (String override : overrides) {
			int equals = override.indexOf('=');
			properties.put("adtopaper.query-cache." + override.substring(0, equals), override.substring(equals + 1));
		}
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("adtopaper.query-cache",
				QueryCacheSettings.class);
	}

	static CacheStore memcached(String servers, String timeout) {
		return new MemcachedCacheStore(servers, org.springframework.boot.convert.DurationStyle.detectAndParse(timeout),
				4);
	}

	/** A counter of the cache's meters, 0 if it never counted. */
	long count(String meter, String tag, String value) {
		FunctionCounter counter = this.registry.find("adtopaper.querycache." + meter).tag(tag, value).functionCounter();
		return (counter != null) ? (long) counter.count() : 0;
	}

	long hits() {
		return count("requests", "result", "hit");
	}

	long bypasses(String reason) {
		return count("bypasses", "reason", reason);
	}

	long events(String event) {
		return count("events", "event", event);
	}

	long errors(String operation) {
		return count("errors", "operation", operation);
	}

	DataSource raw() {
		return this.pool;
	}

	/**
	 * Reads until the read is served from the cache: entries are stored in the
	 * background, and a node serves nothing before its first reading of the invalidation
	 * log.
	 */
	<T> T awaitCached(java.util.function.Supplier<T> read) {
		for (int i = 0; i < 200; i++) {
			long hits = hits();
			T value = read.get();
			if (hits() > hits) {
				return value;
			}
			sleep(10);
		}
		throw new AssertionError("never served from the cache: " + this.dataSource.report());
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private @Nullable HikariDataSource replicaPool;

	private @Nullable JdbcTemplate replicaReads;

	/**
	 * Reads through the cache from the test replica (the node's database there), as a
	 * read-only transaction routed to a replica reads; the replica's position is read
	 * from it at each call.
	 */
	synchronized JdbcTemplate replicaReads() {
		if (this.replicaReads == null) {
			var replica = new HikariDataSource();
			replica.setJdbcUrl(TestReplica.jdbcUrl(DATABASE));
			replica.setUsername("root");
			replica.setPassword("");
			replica.setMaximumPoolSize(8);
			replica.setMinimumIdle(1);
			replica.setReadOnly(true);
			replica.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
			this.replicaPool = replica;
			this.replicaReads = new JdbcTemplate(this.dataSource.replica(replica, TestReplica::applied));
		}
		return this.replicaReads;
	}

	@Override
	public void close() throws Exception {
		this.dataSource.close();
		this.pool.close();
		if (this.replicaPool != null) {
			this.replicaPool.close();
		}
	}

}
