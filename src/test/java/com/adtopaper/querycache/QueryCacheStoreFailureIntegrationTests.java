package com.adtopaper.querycache;

import com.adtopaper.ServerProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.adtopaper.TestServers;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memcached evicting, crashing and coming back, with memcached servers of the test's own
 * that it kills with SIGKILL: no stale result is ever read, and no error reaches the
 * caller.
 */
class QueryCacheStoreFailureIntegrationTests {

	private HikariDataSource pool;

	private QueryCache cache;

	private JdbcTemplate cached;

	private JdbcTemplate raw;

	private CachingDataSource dataSource;

	private void connect(String servers) {
		TestServers servers_ = TestServers.get();
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(servers_.jdbcUrl(TestServers.DATABASE));
		this.pool.setUsername("root");
		this.pool.setPassword("");
		this.pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		var settings = new QueryCacheSettings(true, QueryCacheSettings.Store.MEMCACHED, servers, Duration.ofMillis(200),
				Duration.ofHours(1), DataSize.ofBytes(1_000_000), DataSize.ofMegabytes(8),
				TestServers.RUN + "-own-" + ThreadLocalRandom.current().nextInt(1_000_000), 1, 1000);
		this.cache = new QueryCache(new MemcachedCacheStore(servers, settings.timeout(), 1), settings,
				new QueryCacheMetrics(new SimpleMeterRegistry()));
		this.dataSource = new CachingDataSource(this.pool, () -> this.cache);
		this.cached = new JdbcTemplate(this.dataSource);
		this.raw = new JdbcTemplate(this.pool);
		CacheTables.create(this.cached);
		CacheTables.reset(this.cached);
	}

	@AfterEach
	void close() {
		this.cache.close();
		this.pool.close();
	}

	/**
	 * Reads parent 1, changes it behind the cache's back, and checks the cache served the
	 * old name.
	 */
	private void cachedAndThenChangedBehindItsBack(String newName) {
		String before = CacheTables.parentName(this.cached, 1);
		awaitStores(this.cache);
		this.raw.update("update qc_parent set name = ? where id = 1", newName);
		assertThat(CacheTables.parentName(this.cached, 1)).as("served from the cache").isEqualTo(before);
	}

	// 7. a generation key evicted, or Memcached restarted

	@Test
	void anEvictedGenerationKeyMakesEveryEntryOfItsTableAMiss() throws Exception {
		try (var memcached = ServerProcess.memcached(21311)) {
			connect(memcached.address());
			cachedAndThenChangedBehindItsBack("changed");

			try (var store = new MemcachedCacheStore(memcached.address(), Duration.ofSeconds(1), 1)) {
				assertThat(store.delete(this.cache.generationKey(this.pool, "qc_parent"))).isTrue();
			}
			assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("changed");
		}
	}

	@Test
	void aMemcachedRestartServesNothingStaleAndNoErrorMeanwhile() {
		try (var memcached = ServerProcess.memcached(21312)) {
			connect(memcached.address());
			cachedAndThenChangedBehindItsBack("changed");

			memcached.kill();
			assertThat(CacheTables.parentName(this.cached, 1)).as("from the database while Memcached is down")
				.isEqualTo("changed");
			this.cached.update("update qc_parent set name = 'written-while-down' where id = 1");
			assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("written-while-down");

			memcached.start();
			awaitCachedAgain();
			assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("written-while-down");
			assertThat(this.cache.metrics().errors("lookup")).isPositive();
		}
	}

	// 8. two nodes, one killed mid-run and brought back

	@Test
	void oneOfTwoServersKilledAndBroughtBackServesNothingStale() {
		try (var first = ServerProcess.memcached(21313); var second = ServerProcess.memcached(21314)) {
			connect(first.address() + " " + second.address());
			Instant start = Instant.now();
			boolean killed = false;
			boolean restarted = false;
			int round = 0;
			while (Duration.between(start, Instant.now()).toMillis() < 4000 || !restarted) {
				long elapsed = Duration.between(start, Instant.now()).toMillis();
				if (!killed && elapsed > 1000) {
					second.kill();
					killed = true;
				}
				if (killed && !restarted && elapsed > 2500) {
					second.start();
					restarted = true;
				}
				long id = 1 + (round % 3);
				String name = "r" + round++;
				this.cached.update("update qc_parent set name = ? where id = ?", name, id);
				for (long other = 1; other <= 3; other++) {
					assertThat(CacheTables.parentName(this.cached, other)).as("round %d, parent %d", round, other)
						.isEqualTo(CacheTables.parentName(this.raw, other));
				}
				assertThat(
						this.cached.queryForObject("select count(*) from qc_child where parent_id = ?", Long.class, id))
					.isEqualTo(2);
			}
			assertThat(this.cache.metrics().hits()).isPositive();
			assertThat(this.cache.metrics().errors("lookup") + this.cache.metrics().errors("invalidate")).isPositive();
		}
	}

	static void awaitStores(QueryCache cache) {
		try {
			cache.awaitStores();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitCachedAgain() {
		long hits = this.cache.metrics().hits();
		for (int i = 0; i < 100 && this.cache.metrics().hits() == hits; i++) {
			CacheTables.parentName(this.cached, 2);
			ServerProcess.sleep(100);
		}
		assertThat(this.cache.metrics().hits()).as("the cache works again after the restart").isGreaterThan(hits);
	}

}
