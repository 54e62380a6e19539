package com.adtopaper.querycache;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cache costs in Memcached round trips, and what a Memcached that never answers
 * costs.
 */
@Tag("integration")
class QueryCacheRoundTripsIntegrationTests {

	private CacheNode node;

	private RecordingStore store;

	private CacheNode connect(CacheStore store, int connections, String... settings) {
		this.store = new RecordingStore(store);
		this.node = new CacheNode(this.store, connections, settings);
		CacheTables.create(this.node.cached);
		CacheTables.reset(this.node.cached);
		return this.node;
	}

	@AfterEach
	void close() throws Exception {
		this.node.close();
	}

	@Test
	void aCommitCostsOneIncrementPerWrittenTableAndNothingElse() {
		var node = connect(CacheNode.memcached(TestServers.find().memcached(), "1s"), 2);
		var jdbc = node.cached;
		this.store.calls.clear();

		node.transactions.executeWithoutResult((status) -> {
			jdbc.update("update qc_parent set name = 'a' where id = 1");
			jdbc.update("update qc_parent set name = 'b' where id = 2");
			jdbc.update("insert into qc_other (v) values ('x')");
			jdbc.update("insert into qc_other (v) values ('y')");
			jdbc.queryForObject("select count(*) from qc_other", Long.class);
		});

		assertThat(this.store.calls).filteredOn((call) -> !call.startsWith("create"))
			.containsExactlyInAnyOrder("increment qc_parent", "increment qc_other");
	}

	@Test
	void aReadOnlyTransactionServedFromTheCacheNeverTouchesTheDatabase() {
		// one connection, so that its session counters tell what this test sent; the
		// invalidation log read once, at the start
		var node = connect(CacheNode.memcached(TestServers.find().memcached(), "1s"), 1, "log-poll-interval=30s",
				"log-lease=60s");
		var jdbc = node.cached;
		var tx = new TransactionTemplate(node.transactions.getTransactionManager());
		tx.setReadOnly(true);
		node.awaitCached(() -> tx.execute((status) -> CacheTables.parentName(jdbc, 1)));
		long queries = questions();
		tx.executeWithoutResult((status) -> assertThat(CacheTables.parentName(jdbc, 1)).isEqualTo("p1"));
		// the only statement the server saw is the one asking how many it saw
		assertThat(questions() - queries).isEqualTo(1);
	}

	@Test
	void aMemcachedThatNeverAnswersCostsOneTimeoutAndTheDatabaseAnswers() throws Exception {
		try (var silent = new ServerSocket(0)) {
			AtomicInteger accepted = new AtomicInteger();
			// the acceptor thread adds while the test closes them
			List<Socket> sockets = new CopyOnWriteArrayList<>();
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
			var node = connect(CacheNode.memcached("127.0.0.1:" + silent.getLocalPort(), "100ms"), 2,
					"invalidation-timeout=200ms", "log-poll-interval=50ms", "log-lease=300ms");
			var jdbc = node.cached;

			long start = System.nanoTime();
			assertThat(CacheTables.parentName(jdbc, 1)).isEqualTo("p1");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			assertThat(accepted).hasPositiveValue();
			// the writes of the set-up already timed out: their invalidations went to the
			// database, and reads of their tables skip the cache
			assertThat(node.errors("invalidate")).isPositive();
			assertThat(node.events("invalidation-recorded")).isPositive();
			assertThat(node.bypasses("invalidation-pending")).isPositive();
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	private long questions() {
		try (var connection = this.node.pool.getConnection();
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
