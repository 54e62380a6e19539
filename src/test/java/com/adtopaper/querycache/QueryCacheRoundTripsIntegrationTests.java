package com.adtopaper.querycache;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.TestServers;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cache costs in Memcached round trips, and what a Memcached that never answers
 * costs.
 */
class QueryCacheRoundTripsIntegrationTests {

	private HikariDataSource pool;

	private QueryCache cache;

	private final List<String> calls = new ArrayList<>();

	/** Counts every call the cache makes to its store. */
	private final class CountingStore implements CacheStore {

		private final CacheStore store;

		CountingStore(CacheStore store) {
			this.store = store;
		}

		@Override
		public Lookup lookup(List<String> generationKeys, String resultKey) {
			QueryCacheRoundTripsIntegrationTests.this.calls.add("lookup");
			return this.store.lookup(generationKeys, resultKey);
		}

		@Override
		public void store(String resultKey, byte[] entry, int ttlSeconds) {
			QueryCacheRoundTripsIntegrationTests.this.calls.add("store");
			this.store.store(resultKey, entry, ttlSeconds);
		}

		@Override
		public void bump(String generationKey) {
			QueryCacheRoundTripsIntegrationTests.this.calls
				.add("bump " + generationKey.substring(generationKey.lastIndexOf(':') + 1));
			this.store.bump(generationKey);
		}

		@Override
		public void close() {
			this.store.close();
		}

	}

	private CachingDataSource connect(CacheStore store, Duration timeout) {
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(TestServers.get().jdbcUrl(TestServers.DATABASE));
		this.pool.setUsername("root");
		this.pool.setPassword("");
		this.pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		// one connection, so that its session counters tell what this test sent
		this.pool.setMaximumPoolSize(1);
		var settings = new QueryCacheSettings(true, QueryCacheSettings.Store.MEMCACHED, "unused", timeout,
				Duration.ofHours(1), DataSize.ofBytes(1_000_000), DataSize.ofMegabytes(8), TestServers.RUN + "-trips",
				4, 1000);
		this.cache = new QueryCache(new CountingStore(store), settings,
				new QueryCacheMetrics(new SimpleMeterRegistry()));
		return new CachingDataSource(this.pool, () -> this.cache);
	}

	@AfterEach
	void close() {
		this.cache.close();
		this.pool.close();
	}

	@Test
	void aCommitCostsOneIncrementPerWrittenTableAndNothingElse() {
		var dataSource = connect(new MemcachedCacheStore(TestServers.get().memcached(), Duration.ofSeconds(1), 4),
				Duration.ofSeconds(1));
		var jdbc = new JdbcTemplate(dataSource);
		CacheTables.create(jdbc);
		CacheTables.reset(jdbc);
		this.calls.clear();

		new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult((status) -> {
			jdbc.update("update qc_parent set name = 'a' where id = 1");
			jdbc.update("update qc_parent set name = 'b' where id = 2");
			jdbc.update("insert into qc_other (v) values ('x')");
			jdbc.update("insert into qc_other (v) values ('y')");
			jdbc.queryForObject("select count(*) from qc_other", Long.class);
		});

		assertThat(this.calls).containsExactlyInAnyOrder("bump qc_parent", "bump qc_other");
	}

	@Test
	void aReadOnlyTransactionServedFromTheCacheNeverTouchesTheDatabase() {
		var dataSource = connect(new MemcachedCacheStore(TestServers.get().memcached(), Duration.ofSeconds(1), 4),
				Duration.ofSeconds(1));
		var jdbc = new JdbcTemplate(dataSource);
		CacheTables.create(jdbc);
		CacheTables.reset(jdbc);
		var tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		tx.setReadOnly(true);
		tx.executeWithoutResult((status) -> CacheTables.parentName(jdbc, 1));
		QueryCacheStoreFailureIntegrationTests.awaitStores(this.cache);
		long queries = questions();
		tx.executeWithoutResult((status) -> assertThat(CacheTables.parentName(jdbc, 1)).isEqualTo("p1"));
		// the only statement the server saw is the one asking how many it saw
		assertThat(questions() - queries).isEqualTo(1);
	}

	@Test
	void aMemcachedThatNeverAnswersCostsOneTimeoutAndTheDatabaseAnswers() throws Exception {
		try (var silent = new ServerSocket(0)) {
			AtomicInteger accepted = new AtomicInteger();
			List<Socket> sockets = new ArrayList<>();
			Thread.ofVirtual().start(() -> {
				while (!silent.isClosed()) {
					try {
						sockets.add(silent.accept());
						accepted.incrementAndGet();
					}
					catch (IOException ex) {
						return;
					}
				}
			});
			var dataSource = connect(
					new MemcachedCacheStore("127.0.0.1:" + silent.getLocalPort(), Duration.ofMillis(100), 4),
					Duration.ofMillis(100));
			var jdbc = new JdbcTemplate(dataSource);
			CacheTables.create(jdbc);
			CacheTables.reset(jdbc);

			long start = System.nanoTime();
			assertThat(CacheTables.parentName(jdbc, 1)).isEqualTo("p1");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			assertThat(accepted).hasPositiveValue();
			// the writes of the set-up already timed out: their invalidations wait for
			// retry and reads go to the database
			assertThat(this.cache.metrics().errors("invalidate")).isPositive();
			assertThat(this.cache.metrics().bypasses("invalidation-pending")).isPositive();
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	private long questions() {
		try (var connection = this.pool.getConnection();
				var statement = connection.createStatement();
				var rows = statement.executeQuery("show session status like 'Questions'")) {
			rows.next();
			return rows.getLong(2);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
