package com.adtopaper.querycache;

import java.util.Map;

import com.adtopaper.ServerProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes whose clocks differ by a second: one in this JVM, one in a JVM of its own
 * under {@code faketime +1s}. The node whose clock is ahead creates and bumps the
 * generations; Memcached restarts; the node whose clock is behind creates them anew. A
 * generation made from a clock would then come back smaller than values the other node
 * used (and could meet an entry stored under one of them); made from the database's
 * epochs, every new value is larger than every old one, and each node sees the other's
 * writes throughout.
 */
@Tag("integration")
class QueryCacheClockSkewIntegrationTests {

	@Test
	void generationsRecreatedByANodeWhoseClockIsBehindAreLargerThanAnyUsedBefore() throws Exception {
		try (var memcached = ServerProcess.memcached(21331);
				var behind = new CacheNode(CacheNode.memcached(memcached.address(), "1s"));
				var ahead = new CacheNodeProcess("+1s", memcached.address())) {
			CacheTables.create(behind.cached);
			CacheTables.reset(behind.cached);
			long skew = Long.parseLong(ahead.ask("clock")) - System.currentTimeMillis();
			assertThat(skew).as("the other node's clock is ahead by a second").isBetween(800L, 1500L);

			assertThat(ahead.ask("cached")).isEqualTo("p1");
			for (int i = 1; i <= 5; i++) {
				ahead.ask("write ahead-" + i);
				assertThat(CacheTables.parentName(behind.cached, 1)).isEqualTo("ahead-" + i);
			}
			assertThat(ahead.ask("cached")).isEqualTo("ahead-5");
			Map<String, Long> before = MemcachedKeys.generations(memcached.address(), behind.raw(), "*", "qc_parent");
			assertThat(before).containsOnlyKeys("*", "qc_parent");

			memcached.kill();
			memcached.start();
			assertThat(behind.awaitCached(() -> CacheTables.parentName(behind.cached, 1))).isEqualTo("ahead-5");
			Map<String, Long> after = MemcachedKeys.generations(memcached.address(), behind.raw(), "*", "qc_parent");
			assertThat(after).containsOnlyKeys("*", "qc_parent");
			long largestBefore = before.values().stream().mapToLong(Long::longValue).max().orElseThrow();
			assertThat(after.values()).allSatisfy((value) -> assertThat(value).isGreaterThan(largestBefore));

			behind.cached.update("update qc_parent set name = 'behind' where id = 1");
			assertThat(ahead.ask("read")).isEqualTo("behind");
			ahead.ask("write ahead-again");
			assertThat(CacheTables.parentName(behind.cached, 1)).isEqualTo("ahead-again");
		}
	}

}
