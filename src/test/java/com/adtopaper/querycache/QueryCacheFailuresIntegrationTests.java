package com.adtopaper.querycache;

import java.time.Duration;

import com.adtopaper.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes sharing MariaDB and a memcached of the test's own, each way an invalidation
 * can fail made to happen at a chosen moment: every test warms the other node's cache
 * with the old row, writes on one node, and asserts that a read on the other node,
 * started after the write returned, sees the write.
 */
@Tag("integration")
class QueryCacheFailuresIntegrationTests {

	private ServerProcess memcached;

	private TcpProxy proxy;

	private CacheNode writer;

	private CacheNode reader;

	private RecordingStore readerStore;

	/**
	 * The writer reaches Memcached through a proxy the test controls; the reader reaches
	 * it directly.
	 */
	private void start(int port, String... writerSettings) throws Exception {
		this.memcached = ServerProcess.memcached(port);
		this.proxy = new TcpProxy(this.memcached.address());
		this.writer = new CacheNode(CacheNode.memcached(this.proxy.address(), "100ms"), writerSettings);
		this.readerStore = new RecordingStore(CacheNode.memcached(this.memcached.address(), "100ms"));
		this.reader = new CacheNode(this.readerStore);
		CacheTables.create(this.writer.cached);
		CacheTables.reset(this.writer.cached);
	}

	@AfterEach
	void stop() throws Exception {
		for (AutoCloseable closeable : new AutoCloseable[] { this.writer, this.reader, this.proxy, this.memcached }) {
			if (closeable != null) {
				closeable.close();
			}
		}
	}

	/** The reader's cache holds parent 1 as it is now. */
	private void readerHasItCached() {
		String name = this.reader.awaitCached(() -> CacheTables.parentName(this.reader.cached, 1));
		assertThat(name).isEqualTo(CacheTables.parentName(this.reader.raw, 1));
	}

	/** Renames parent 1 on the writer, in a transaction; returns how long it took. */
	private Duration write(String name) {
		long start = System.nanoTime();
		this.writer.transactions.executeWithoutResult(
				(status) -> this.writer.cached.update("update qc_parent set name = ? where id = 1", name));
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private void readerSees(String name) {
		assertThat(CacheTables.parentName(this.reader.cached, 1)).as("read on the other node after the write")
			.isEqualTo(name);
		assertThat(CacheTables.parentName(this.writer.cached, 1)).as("read on the writing node").isEqualTo(name);
	}

	@Test
	void aBumpThatTimesOutOnceAndThenSucceedsHoldsTheWriteUntilItIsInTheStore() throws Exception {
		start(21321);
		readerHasItCached();
		this.writer.afterNextCommit = () -> {
			this.proxy.delay(300);
			Thread.ofVirtual().start(() -> {
				CacheNode.sleep(250);
				this.proxy.pass();
			});
		};
		Duration took = write("after-a-timeout");
		readerSees("after-a-timeout");
		assertThat(this.writer.errors("invalidate")).as("the bump timed out").isPositive();
		assertThat(this.writer.events("invalidation-retried")).isEqualTo(1);
		assertThat(this.writer.events("invalidation-given-up")).isZero();
		assertThat(took).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aBumpThatFailsPastTheBoundIsRecordedInTheDatabaseAndHonouredByTheOtherNode() throws Exception {
		start(21322, "invalidation-timeout=300ms");
		readerHasItCached();
		this.writer.afterNextCommit = this.proxy::drop;
		Duration took = write("after-giving-up");
		readerSees("after-giving-up");
		assertThat(this.writer.events("invalidation-given-up")).isEqualTo(1);
		assertThat(this.writer.events("invalidation-recorded")).isEqualTo(1);
		// the write waited for the bound, then for every node's lease to cover the record
		assertThat(took).isGreaterThan(Duration.ofMillis(1300));
		// the reader made the bump in the store for the writer, and caches again
		awaitLogApplied();
		assertThat(this.reader.awaitCached(() -> CacheTables.parentName(this.reader.cached, 1)))
			.isEqualTo("after-giving-up");
	}

	@Test
	void memcachedRestartedBetweenAWritesCommitAndItsBumpServesNothingStale() throws Exception {
		start(21323);
		readerHasItCached();
		this.writer.afterNextCommit = () -> {
			this.memcached.kill();
			this.memcached.start();
		};
		write("across-a-restart");
		readerSees("across-a-restart");
		assertThat(this.writer.events("invalidation-given-up")).isZero();
		assertThat(this.reader.awaitCached(() -> CacheTables.parentName(this.reader.cached, 1)))
			.isEqualTo("across-a-restart");
	}

	/**
	 * A reader read the row and its generations before a write and a restart, and its
	 * entry reaches the restarted Memcached afterwards: the generations created anew have
	 * values of a life of their own, so that entry is never served.
	 */
	@Test
	void anEntryReadBeforeARestartAndStoredAfterItIsNeverServed() throws Exception {
		start(21326);
		readerHasItCached();
		var reached = new java.util.concurrent.CountDownLatch(1);
		var release = new java.util.concurrent.CountDownLatch(1);
		this.readerStore.beforeStore = (key) -> {
			reached.countDown();
			try {
				release.await(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		// a miss of another query on parent 1, whose store waits
		String query = "select name, id from qc_parent where id = ?";
		assertThat(this.reader.cached.queryForMap(query, 1)).containsEntry("name", "p1");
		assertThat(reached.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		this.readerStore.beforeStore = (key) -> {
		};
		write("after-the-read");
		this.memcached.kill();
		this.memcached.start();
		release.countDown();
		this.readerStore.awaitStored(1);

		for (int i = 0; i < 50; i++) {
			assertThat(this.reader.cached.queryForMap(query, 1)).containsEntry("name", "after-the-read");
			CacheNode.sleep(10);
		}
		assertThat(this.reader.hits()).isPositive();
	}

	@Test
	void pooledConnectionsBrokenByARestartFailNoOperation() throws Exception {
		start(21324);
		readerHasItCached();
		this.writer.awaitCached(() -> CacheTables.parentName(this.writer.cached, 2));
		this.memcached.kill();
		this.memcached.start();

		write("on-a-dead-pooled-connection");
		readerSees("on-a-dead-pooled-connection");
		assertThat(this.writer.errors("invalidate")).as("the bump was sent again on a new connection").isZero();
		assertThat(this.writer.events("invalidation-retried")).isZero();
		assertThat(this.reader.errors("lookup")).as("so was the lookup").isZero();
		assertThat(this.reader.dataSource.report()).containsEntry("errors", java.util.Map.of());
		assertThat(this.writer.dataSource.report().get("reconnects")).as("dead connections replaced").isNotEqualTo(0L);
	}

	@Test
	void aNodeCutOffFromMemcachedLeavesNothingStaleOnTheOtherNode() throws Exception {
		start(21325, "invalidation-timeout=300ms");
		readerHasItCached();
		this.proxy.drop();

		Duration first = write("cut-off-1");
		readerSees("cut-off-1");
		// still cut off: the next write goes to the database without waiting for the
		// bound
		Duration second = write("cut-off-2");
		readerSees("cut-off-2");
		assertThat(this.writer.events("invalidation-recorded")).isEqualTo(2);
		assertThat(second).isLessThan(first);

		this.proxy.pass();
		awaitLogApplied();
		assertThat(this.reader.awaitCached(() -> CacheTables.parentName(this.reader.cached, 1))).isEqualTo("cut-off-2");
		write("back");
		readerSees("back");
		assertThat(this.writer.events("invalidation-recorded")).isEqualTo(2);
	}

	private void awaitLogApplied() {
		for (int i = 0; i < 100 && this.reader.events("invalidation-applied-from-log") == 0; i++) {
			CacheNode.sleep(50);
		}
		assertThat(this.reader.events("invalidation-applied-from-log")).isPositive();
		for (int i = 0; i < 100 && pendingRows() > 0; i++) {
			CacheNode.sleep(50);
		}
		assertThat(pendingRows()).as("rows left in the invalidation log").isZero();
	}

	private long pendingRows() {
		return this.reader.raw.queryForObject("select count(*) from query_cache_invalidation", Long.class);
	}

}
