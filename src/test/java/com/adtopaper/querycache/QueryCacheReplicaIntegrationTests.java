package com.adtopaper.querycache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.adtopaper.TestReplica;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache with a real replica behind: a result read from a replica that has not applied
 * a write yet is never stored under the generations that follow that write, so no read on
 * the primary is ever served the replica's older state; and a replica that has caught up
 * does fill the cache.
 */
@Tag("integration")
class QueryCacheReplicaIntegrationTests {

	private final List<CacheNode> nodes = new ArrayList<>();

	@BeforeEach
	void table() throws Exception {
		CacheNode node = node();
		node.raw.execute("DROP TABLE IF EXISTS replica_counter");
		node.raw.execute("CREATE TABLE replica_counter (id INT PRIMARY KEY, v BIGINT NOT NULL)");
		for (int id = 0; id < 8; id++) {
			node.raw.update("INSERT INTO replica_counter VALUES (?, 0)", id);
		}
		node.dataSource.invalidateAll();
		TestReplica.awaitCaughtUp(Duration.ofSeconds(30));
	}

	@AfterEach
	void close() throws Exception {
		TestReplica.startApplying();
		for (CacheNode node : this.nodes) {
			node.close();
		}
	}

	private CacheNode node() {
		var node = new CacheNode(CacheNode.memcached("127.0.0.1:11211", "200ms"));
		this.nodes.add(node);
		return node;
	}

	@Test
	void aReplicaBehindAWriteDoesNotStoreWhatItRead() throws Exception {
		CacheNode node = this.nodes.get(0);
		TestReplica.stopApplying();
		node.cached.update("UPDATE replica_counter SET v = 2 WHERE id = 1");
		long behind = node.bypasses("replica-behind");

		// the replica still has 0, and says so: that is what a replica read may return;
		// read until a result of it was refused by the cache (a node serves nothing
		// before
		// its first reading of the invalidation log, and a missing generation is made
		// first)
		for (int i = 0; i < 300 && node.bypasses("replica-behind") == behind; i++) {
			assertThat(read(node.replicaReads(), 1)).isZero();
			CacheNode.sleep(10);
		}
		assertThat(node.bypasses("replica-behind")).isGreaterThan(behind);

		// the primary's readers never get the replica's 0 from the cache
		assertThat(node.awaitCached(() -> read(node.cached, 1))).isEqualTo(2);
		assertThat(node.events("stored-from-replica")).isZero();
	}

	@Test
	void aReplicaThatHasCaughtUpFillsTheCache() throws Exception {
		CacheNode node = this.nodes.get(0);
		node.cached.update("UPDATE replica_counter SET v = 5 WHERE id = 2");
		TestReplica.awaitCaughtUp(Duration.ofSeconds(10));
		// a write to another table does not keep this one's replica reads out of the
		// cache
		node.cached.execute("CREATE TABLE IF NOT EXISTS replica_other (id INT PRIMARY KEY)");
		node.cached.update("REPLACE INTO replica_other VALUES (1)");

		assertThat(node.awaitCached(() -> read(node.replicaReads(), 2))).isEqualTo(5);
		assertThat(node.events("stored-from-replica")).isPositive();
		// and what the replica stored is served to the primary's readers too
		long hits = node.hits();
		assertThat(read(node.cached, 2)).isEqualTo(5);
		assertThat(node.hits()).isGreaterThan(hits);
	}

	/**
	 * Two nodes write and read through the cache, on the primary and on the replica,
	 * while the replica stops applying and starts again at random: every read on the
	 * primary sees every write whose commit had returned when it started.
	 */
	@Test
	void randomizedReadsAndWritesOverTwoNodesWithAReplicaFallingBehind() throws Exception {
		node();
		Map<Integer, AtomicLong> committed = new ConcurrentHashMap<>();
		for (int id = 0; id < 8; id++) {
			committed.put(id, new AtomicLong());
		}
		var stale = new LongAdder();
		var primaryReads = new LongAdder();
		var replicaReads = new LongAdder();
		long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 6; t++) {
			CacheNode node = this.nodes.get(t % 2);
			boolean writer = t < 2;
			threads.add(Thread.ofPlatform().start(() -> {
				var random = ThreadLocalRandom.current();
				while (System.nanoTime() < until) {
					int id = random.nextInt(8);
					if (writer) {
						node.transactions.executeWithoutResult(
								(tx) -> node.cached.update("UPDATE replica_counter SET v = v + 1 WHERE id = ?", id));
						committed.get(id).incrementAndGet();
						CacheNode.sleep(random.nextInt(20));
					}
					else if (random.nextBoolean()) {
						long known = committed.get(id).get();
						if (read(node.cached, id) < known) {
							stale.increment();
						}
						primaryReads.increment();
					}
					else {
						read(node.replicaReads(), id);
						replicaReads.increment();
					}
				}
			}));
		}
		var random = ThreadLocalRandom.current();
		while (System.nanoTime() < until) {
			TestReplica.stopApplying();
			CacheNode.sleep(200 + random.nextInt(600));
			TestReplica.startApplying();
			CacheNode.sleep(200 + random.nextInt(600));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long fromReplica = this.nodes.stream().mapToLong((node) -> node.events("stored-from-replica")).sum();
		long refused = this.nodes.stream().mapToLong((node) -> node.bypasses("replica-behind")).sum();
		assertThat(stale.sum())
			.as("stale reads in %d primary and %d replica reads; the nodes' reports: %s", primaryReads.sum(),
					replicaReads.sum(), this.nodes.stream().map((node) -> node.dataSource.report()).toList())
			.isZero();
		assertThat(fromReplica).as("results stored from the replica").isPositive();
		assertThat(refused).as("results refused because the replica was behind").isPositive();
	}

	private static long read(JdbcTemplate jdbc, int id) {
		return jdbc.queryForObject("SELECT v FROM replica_counter WHERE id = ?", Long.class, id);
	}

}
