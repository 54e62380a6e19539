package com.adtopaper.querycache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.adtopaper.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races between a reader and writers, made deterministic: the reader stops in the store
 * (after reading the generations, or before storing its result) until the test has let a
 * writer commit.
 */
@Tag("integration")
class QueryCacheInterleavingIntegrationTests {

	private static final String QUERY = "select name from qc_parent where id = ?";

	CacheNode node;

	RecordingStore store;

	JdbcTemplate cached;

	@BeforeEach
	void tables() {
		this.store = new RecordingStore(CacheNode.memcached(TestServers.find().memcached(), "1s"));
		this.node = new CacheNode(this.store);
		this.cached = this.node.cached;
		CacheTables.create(this.cached);
		CacheTables.reset(this.cached);
		// generations made and the invalidation log read: the next read is a miss
		this.node.awaitCached(() -> CacheTables.parentName(this.cached, 3));
		this.store.forgetStored();
	}

	@AfterEach
	void close() throws Exception {
		this.node.close();
	}

	/** Stops the first reader that reaches it until released. */
	static final class Pause implements Consumer<String> {

		final CountDownLatch reached = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public void accept(String key) {
			if (this.reached.getCount() > 0) {
				this.reached.countDown();
				try {
					this.release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

	}

	@Test
	void aResultReadBeforeACommitAndStoredAfterItIsNeverServedAfterTheCommit() throws Exception {
		var pause = new Pause();
		this.store.beforeStore = pause;
		CompletableFuture<String> reader = CompletableFuture
			.supplyAsync(() -> this.cached.queryForObject(QUERY, String.class, 1));
		// the miss returns at once; its result is stored in the background
		assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("p1");
		assertThat(pause.reached.await(10, TimeUnit.SECONDS)).isTrue();

		// the reader holds the pre-commit result 'p1' and has not stored it yet; now a
		// writer commits
		this.cached.update("update qc_parent set name = 'committed' where id = 1");
		this.store.beforeStore = (key) -> {
		};
		pause.release.countDown();
		this.store.awaitStored(1);

		// 'p1' was stored under the generations read before the commit: never served
		assertThat(this.cached.queryForObject(QUERY, String.class, 1)).isEqualTo("committed");
		assertThat(this.cached.queryForObject(QUERY, String.class, 1)).isEqualTo("committed");
	}

	@Test
	void aReaderThatReadTheGenerationsBeforeACommitDoesNotPoisonTheCache() throws Exception {
		var pause = new Pause();
		this.store.afterLookup = pause;
		CompletableFuture<String> reader = CompletableFuture
			.supplyAsync(() -> this.cached.queryForObject(QUERY, String.class, 2));
		assertThat(pause.reached.await(10, TimeUnit.SECONDS)).isTrue();

		this.store.afterLookup = (key) -> {
		};
		this.cached.update("update qc_parent set name = 'committed' where id = 2");
		pause.release.countDown();
		// the statement ran after the commit, at READ COMMITTED: it saw the new row
		assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("committed");
		assertThat(this.cached.queryForObject(QUERY, String.class, 2)).isEqualTo("committed");
	}

	@Test
	void twoWritersCommittingToOneTableAtOnceBothInvalidate() throws Exception {
		assertThat(this.node
			.awaitCached(() -> this.cached.queryForList("select name from qc_parent order by id", String.class)))
			.containsExactly("p1", "p2", "p3");
		var tx = this.node.transactions;
		CountDownLatch bothWrote = new CountDownLatch(2);
		Runnable[] writers = new Runnable[2];
		for (int i = 0; i < 2; i++) {
			long id = i + 1;
			writers[i] = () -> tx.executeWithoutResult((status) -> {
				this.cached.update("update qc_parent set name = ? where id = ?", "w" + id, id);
				bothWrote.countDown();
				try {
					// commit together
					bothWrote.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}
		CompletableFuture.allOf(CompletableFuture.runAsync(writers[0]), CompletableFuture.runAsync(writers[1]))
			.get(20, TimeUnit.SECONDS);
		assertThat(this.cached.queryForList("select name from qc_parent order by id", String.class))
			.containsExactly("w1", "w2", "p3");
	}

}
