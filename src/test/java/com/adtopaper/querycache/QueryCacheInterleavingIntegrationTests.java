package com.adtopaper.querycache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.adtopaper.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races between a reader and writers, made deterministic: the reader stops at a probe
 * point (after reading the generations, or before storing its result) until the test has
 * let a writer commit.
 */
@IntegrationTest
class QueryCacheInterleavingIntegrationTests {

	private static final String QUERY = "select name from qc_parent where id = ?";

	@Autowired
	DataSource dataSource;

	@Autowired
	QueryCache cache;

	@Autowired
	PlatformTransactionManager transactions;

	JdbcTemplate cached;

	@BeforeEach
	void tables() {
		this.cached = new JdbcTemplate(this.dataSource);
		CacheTables.create(this.cached);
		CacheTables.reset(this.cached);
	}

	@AfterEach
	void noProbe() {
		this.cache.probe(new QueryCache.Probe() {
		});
	}

	/** Stops readers of {@link #QUERY} at one probe point until released. */
	static final class Pause implements QueryCache.Probe {

		final CountDownLatch reached = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		private final boolean beforeStore;

		Pause(boolean beforeStore) {
			this.beforeStore = beforeStore;
		}

		@Override
		public void afterLookup(String sql) {
			if (!this.beforeStore) {
				pause(sql);
			}
		}

		@Override
		public void beforeStore(String sql) {
			if (this.beforeStore) {
				pause(sql);
			}
		}

		private void pause(String sql) {
			if (sql.equals(QUERY) && this.reached.getCount() > 0) {
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
		var pause = new Pause(true);
		this.cache.probe(pause);
		CompletableFuture<String> reader = CompletableFuture
			.supplyAsync(() -> this.cached.queryForObject(QUERY, String.class, 1));
		assertThat(pause.reached.await(10, TimeUnit.SECONDS)).isTrue();

		// the reader holds the pre-commit result 'p1' and has not stored it yet; now a
		// writer commits
		this.cached.update("update qc_parent set name = 'committed' where id = 1");
		pause.release.countDown();
		assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("p1");

		// the reader stored 'p1' under the generations it read before the commit: never
		// served again
		assertThat(this.cached.queryForObject(QUERY, String.class, 1)).isEqualTo("committed");
		assertThat(this.cached.queryForObject(QUERY, String.class, 1)).isEqualTo("committed");
	}

	@Test
	void aReaderThatReadTheGenerationsBeforeACommitDoesNotPoisonTheCache() throws Exception {
		var pause = new Pause(false);
		this.cache.probe(pause);
		CompletableFuture<String> reader = CompletableFuture
			.supplyAsync(() -> this.cached.queryForObject(QUERY, String.class, 2));
		assertThat(pause.reached.await(10, TimeUnit.SECONDS)).isTrue();

		this.cached.update("update qc_parent set name = 'committed' where id = 2");
		pause.release.countDown();
		// the statement ran after the commit, at READ COMMITTED: it saw the new row
		assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("committed");
		assertThat(this.cached.queryForObject(QUERY, String.class, 2)).isEqualTo("committed");
	}

	@Test
	void twoWritersCommittingToOneTableAtOnceBothInvalidate() throws Exception {
		assertThat(this.cached.queryForList("select name from qc_parent order by id", String.class))
			.containsExactly("p1", "p2", "p3");
		var tx = new TransactionTemplate(this.transactions);
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
