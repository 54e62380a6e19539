package com.adtopaper.querycache;

import java.time.Duration;
import java.time.Instant;

import com.adtopaper.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memcached evicting, crashing and coming back, with memcached servers of the test's own
 * that it kills with SIGKILL: no stale result is ever read, and no error reaches the
 * caller.
 */
@Tag("integration")
class QueryCacheStoreFailureIntegrationTests {

	private CacheNode node;

	private void connect(String servers) {
		this.node = new CacheNode(CacheNode.memcached(servers, "200ms"));
		CacheTables.create(this.node.cached);
		CacheTables.reset(this.node.cached);
	}

	@AfterEach
	void close() throws Exception {
		this.node.close();
	}

	/**
	 * Reads parent 1 until cached, changes it behind the cache's back, and checks the
	 * cache served the old name.
	 */
	private void cachedAndThenChangedBehindItsBack(String newName) {
		String before = this.node.awaitCached(() -> CacheTables.parentName(this.node.cached, 1));
		this.node.raw.update("update qc_parent set name = ? where id = 1", newName);
		assertThat(CacheTables.parentName(this.node.cached, 1)).as("served from the cache").isEqualTo(before);
	}

	@Test
	void anEvictedGenerationKeyMakesEveryEntryOfItsTableAMiss() {
		try (var memcached = ServerProcess.memcached(21311)) {
			connect(memcached.address());
			cachedAndThenChangedBehindItsBack("changed");

			assertThat(MemcachedKeys.evictGeneration(memcached.address(), this.node.raw(), "qc_parent")).isTrue();
			assertThat(CacheTables.parentName(this.node.cached, 1)).isEqualTo("changed");
			// created anew in a life of its own: the entry of the old life is never
			// served
			assertThat(this.node.awaitCached(() -> CacheTables.parentName(this.node.cached, 1))).isEqualTo("changed");
			assertThat(this.node.events("generation-created")).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void aMemcachedRestartServesNothingStaleAndNoErrorMeanwhile() {
		try (var memcached = ServerProcess.memcached(21312)) {
			connect(memcached.address());
			cachedAndThenChangedBehindItsBack("changed");

			memcached.kill();
			assertThat(CacheTables.parentName(this.node.cached, 1)).as("from the database while Memcached is down")
				.isEqualTo("changed");
			Thread.ofVirtual().start(() -> {
				CacheNode.sleep(300);
				memcached.start();
			});
			// the write waits for Memcached to come back, within the bound
			this.node.cached.update("update qc_parent set name = 'written-while-down' where id = 1");
			assertThat(CacheTables.parentName(this.node.cached, 1)).isEqualTo("written-while-down");
			assertThat(this.node.awaitCached(() -> CacheTables.parentName(this.node.cached, 1)))
				.isEqualTo("written-while-down");
			assertThat(this.node.errors("lookup")).isPositive();
			assertThat(this.node.events("invalidation-retried")).isPositive();
		}
	}

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
				this.node.cached.update("update qc_parent set name = ? where id = ?", name, id);
				for (long other = 1; other <= 3; other++) {
					assertThat(CacheTables.parentName(this.node.cached, other)).as("round %d, parent %d", round, other)
						.isEqualTo(CacheTables.parentName(this.node.raw, other));
				}
				assertThat(this.node.cached.queryForObject("select count(*) from qc_child where parent_id = ?",
						Long.class, id))
					.isEqualTo(2);
			}
			assertThat(this.node.hits()).isPositive();
			assertThat(this.node.errors("lookup") + this.node.errors("invalidate")).isPositive();
		}
	}

}
