package com.adtopaper.querycache;

import java.sql.Connection;
import java.util.List;

import com.adtopaper.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read-query cache against real MariaDB and Memcached, on tables of the test's own.
 * "Cached" is observed the way a user would notice it: a row changed behind the cache's
 * back (through the raw DataSource) still reads as before while the cached entry is
 * served; a write through the cache is always seen at once.
 */
@Tag("integration")
class QueryCacheIntegrationTests {

	CacheNode node;

	JdbcTemplate cached;

	JdbcTemplate raw;

	@BeforeEach
	void tables() {
		this.node = new CacheNode(CacheNode.memcached(TestServers.find().memcached(), "1s"));
		this.cached = this.node.cached;
		this.raw = this.node.raw;
		CacheTables.create(this.cached);
		CacheTables.reset(this.cached);
	}

	@AfterEach
	void close() throws Exception {
		this.node.close();
	}

	/** Reads the parent's name until it is served from the cache, and proves it is. */
	private void assertCached(long id) {
		String name = this.node.awaitCached(() -> CacheTables.parentName(this.cached, id));
		this.raw.update("update qc_parent set name = 'behind-the-cache' where id = ?", id);
		assertThat(CacheTables.parentName(this.cached, id)).isEqualTo(name);
		this.raw.update("update qc_parent set name = ? where id = ?", name, id);
	}

	@Test
	void aReadIsServedFromTheCacheUntilTheTableIsWritten() {
		assertCached(1);
		this.cached.update("update qc_parent set name = 'renamed' where id = 1");
		assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("renamed");
	}

	// 1. read your own write; the write transaction's reads never reach the shared cache

	@Test
	void aTransactionReadsItsOwnWriteAndItsReadsAreNeverShared() {
		assertCached(1);
		var tx = this.node.transactions;
		long writtenBefore = this.node.bypasses("written-in-transaction");
		tx.executeWithoutResult((status) -> {
			this.cached.update("update qc_parent set name = 'mine' where id = 1");
			assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("mine");
			assertThat(this.cached.queryForObject("select v from qc_other where id = 1", String.class)).isEqualTo("o1");
			status.setRollbackOnly();
		});
		assertThat(this.node.bypasses("written-in-transaction")).isGreaterThanOrEqualTo(writtenBefore + 2);
		// the uncommitted 'mine' was never stored: after the rollback everyone reads p1
		assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("p1");

		tx.executeWithoutResult((status) -> this.cached.update("update qc_parent set name = 'committed' where id = 1"));
		assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("committed");
	}

	@Test
	void aRollbackToASavepointStillInvalidatesWhatTheTransactionWrote() throws Exception {
		assertCached(2);
		try (Connection connection = this.node.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var statement = connection.createStatement();
			statement.executeUpdate("update qc_parent set name = 'first' where id = 2");
			var savepoint = connection.setSavepoint();
			statement.executeUpdate("update qc_parent set name = 'second' where id = 2");
			connection.rollback(savepoint);
			connection.commit();
			connection.setAutoCommit(true);
		}
		assertThat(CacheTables.parentName(this.cached, 2)).isEqualTo("first");
	}

	@Test
	void aFailedCommitInvalidatesAnywayBecauseItMayHaveCommitted() throws Exception {
		assertCached(3);
		// the cache is now stale on purpose: only an invalidation makes the next read
		// right
		this.raw.update("update qc_parent set name = 'changed-elsewhere' where id = 3");
		try (Connection connection = this.node.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long id;
			try (var statement = connection.createStatement()) {
				statement.executeUpdate("update qc_other set v = 'lost' where id = 1");
				statement.executeUpdate("update qc_parent set name = name where id = 3");
				var rows = statement.executeQuery("select connection_id()");
				rows.next();
				id = rows.getLong(1);
			}
			this.raw.execute("kill connection " + id);
			assertThatThrownBy(connection::commit).isInstanceOf(java.sql.SQLException.class);
		}
		assertThat(CacheTables.parentName(this.cached, 3)).isEqualTo("changed-elsewhere");
		assertThat(this.cached.queryForObject("select v from qc_other where id = 1", String.class)).isEqualTo("o1");
	}

	// 3. rollback leaves the cache consistent

	@Test
	void aRollbackLeavesTheCacheAsItWas() {
		assertCached(1);
		var tx = this.node.transactions;
		tx.executeWithoutResult((status) -> {
			this.cached.update("update qc_parent set name = 'rolled-back' where id = 1");
			status.setRollbackOnly();
		});
		assertThat(CacheTables.parentName(this.cached, 1)).isEqualTo("p1");
		assertCached(1);
	}

	// 4. joins, subqueries, UNION, derived tables

	@Test
	void aQueryOverSeveralTablesIsInvalidatedByAWriteToAnyOfThem() {
		List<String> queries = List.of(
				"select p.name, c.label from qc_parent p join qc_child c on c.parent_id = p.id order by c.id",
				"select name from qc_parent where id in (select parent_id from qc_child where label like 'c%') order by id",
				"select name from qc_parent union all select label from qc_child order by 1",
				"select x.n, y.m from (select count(*) n from qc_child) x, (select max(name) m from qc_parent) y");
		for (String query : queries) {
			CacheTables.reset(this.cached);
			List<String> before = this.node.awaitCached(() -> rows(query));
			this.raw.update("update qc_child set label = 'sneaky' where id = 11");
			assertThat(rows(query)).as("served from the cache: %s", query).isEqualTo(before);

			this.cached.update("insert into qc_child (id, parent_id, label) values (99, 1, 'c99')");
			assertThat(rows(query)).as("after a write to qc_child: %s", query).isEqualTo(rowsFrom(this.raw, query));

			this.cached.update("update qc_parent set name = 'zz' where id = 1");
			assertThat(rows(query)).as("after a write to qc_parent: %s", query).isEqualTo(rowsFrom(this.raw, query));
		}
	}

	// 5. every way of writing invalidates

	@Test
	void insertSelectAndCascadingDeletesInvalidateTheTablesTheyReach() {
		String children = "select count(*) from qc_child";
		String others = "select count(*) from qc_other";
		assertThat(rows(children)).containsExactly("6");
		assertThat(rows(others)).containsExactly("1");

		this.cached.update("insert into qc_other (v) select name from qc_parent");
		assertThat(rows(others)).containsExactly("4");

		this.cached.update("delete from qc_parent where id = 1");
		assertThat(rows(children)).as("children removed by ON DELETE CASCADE").containsExactly("4");
	}

	// 6. non-deterministic and locking reads

	@Test
	void nonDeterministicAndLockingReadsAreNeverCached() {
		List<String> queries = List.of("select name, now() from qc_parent where id = 1",
				"select name, current_timestamp from qc_parent where id = 1",
				"select name, rand() from qc_parent where id = 1", "select name, uuid() from qc_parent where id = 1",
				"select name, sysdate() from qc_parent where id = 1",
				"select name from qc_parent where id = 1 for update",
				"select name from qc_parent where id = 1 lock in share mode",
				"select name from qc_parent where id = 1 and @unset is null");
		var tx = this.node.transactions;
		for (String query : queries) {
			tx.executeWithoutResult((status) -> assertThat(name(query)).isEqualTo("p1"));
			tx.executeWithoutResult((status) -> assertThat(name(query)).isEqualTo("p1"));
			this.raw.update("update qc_parent set name = 'seen' where id = 1");
			tx.executeWithoutResult((status) -> assertThat(name(query)).as(query).isEqualTo("seen"));
			this.cached.update("update qc_parent set name = 'p1' where id = 1");
		}
		assertThat(this.node.bypasses("non-deterministic")).isGreaterThanOrEqualTo(5);
		assertThat(this.node.bypasses("locking")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aRepeatableReadSnapshotIsNeverStored() {
		var tx = new TransactionTemplate(this.node.transactions.getTransactionManager());
		tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		long before = this.node.bypasses("snapshot-isolation");
		tx.executeWithoutResult((status) -> assertThat(CacheTables.parentName(this.cached, 2)).isEqualTo("p2"));
		assertThat(this.node.bypasses("snapshot-isolation")).isEqualTo(before + 1);
		this.raw.update("update qc_parent set name = 'after-snapshot' where id = 2");
		assertThat(CacheTables.parentName(this.cached, 2)).isEqualTo("after-snapshot");
	}

	@Test
	void aSchemaChangeNeverServesAResultOfTheOldShape() {
		this.cached.execute("drop table if exists qc_shape");
		this.cached.execute("create table qc_shape (id bigint primary key, a varchar(10) not null)");
		this.cached.update("insert into qc_shape (id, a) values (1, 'old')");
		assertThat(this.cached.queryForList("select * from qc_shape").getFirst()).containsOnlyKeys("id", "a");
		assertThat(this.cached.queryForList("select * from qc_shape").getFirst()).containsOnlyKeys("id", "a");

		this.cached.execute("alter table qc_shape add column b varchar(10) not null default 'new'");
		assertThat(this.cached.queryForList("select * from qc_shape").getFirst()).containsEntry("b", "new");
	}

	// 10. results over the item size limit

	@Test
	void aResultTooLargeToStoreIsServedFromTheDatabase() {
		String query = "select p.id, repeat(p.name, 200000) big from qc_parent p order by p.id";
		long before = this.node.bypasses("too-large-or-unsupported");
		for (int i = 0; i < 20 && this.node.bypasses("too-large-or-unsupported") == before; i++) {
			assertThat(this.cached.queryForList(query)).hasSize(3);
			CacheNode.sleep(20);
		}
		assertThat(this.node.bypasses("too-large-or-unsupported")).isGreaterThan(before);
		this.raw.update("update qc_parent set name = 'q' where id = 1");
		assertThat(this.cached.queryForList(query).getFirst().get("big")).asString().startsWith("qqq");
	}

	private Object name(String query) {
		return this.cached.queryForList(query).getFirst().get("name");
	}

	private List<String> rows(String query) {
		return rowsFrom(this.cached, query);
	}

	private static List<String> rowsFrom(JdbcTemplate jdbc, String query) {
		return jdbc.query(query, (row, n) -> {
			var text = new StringBuilder();
			for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
				text.append(i > 1 ? "|" : "").append(row.getString(i));
			}
			return text.toString();
		});
	}

}
