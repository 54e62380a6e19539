package com.adtopaper.querycache;

import com.adtopaper.querycache.SqlAnalysis.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SqlAnalyzerTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					select a.id from accounts a join members m on m.account_id = a.id where a.id = ?                           | accounts members
					select x.id from (select id from points_ledger) x union select id from `schools`                          | points_ledger schools
					with recent as (select * from points_ledger where id > ?) select * from recent r join accounts a on a.id = r.member_id | accounts points_ledger
					select * from accounts where id in (select member_id from points_ledger where points > ?)                | accounts points_ledger
					select e1_0.id from points_ledger e1_0 where e1_0.member_id=? order by e1_0.id desc limit ?,?             | points_ledger
					select * from EVENT_PUBLICATION where COMPLETION_DATE IS NULL                                             | event_publication
					select s.name from adtopaper.schools s                                                                  | schools
					select e1_0.id from points_ledger e1_0 order by e1_0.id offset ? rows fetch next ? rows only              | points_ledger
					select 'now()' as text, `rand` from accounts                                                           | accounts
					""")
	void aQueryReadsEveryTableItNames(String sql, String tables) {
		SqlAnalysis analysis = SqlAnalyzer.analyzeNow(sql);
		assertThat(analysis.cacheable()).as(String.valueOf(analysis.bypass())).isTrue();
		assertThat(analysis.tables()).containsExactlyInAnyOrder(tables.split(" "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			select * from accounts where id = ? for update                          | locking
			select * from accounts a where a.id = ? for update of a                  | locking
			select * from accounts where id = ? for share                           | locking
			select * from accounts where id = ? lock in share mode                  | locking
			select now() from accounts                                              | non-deterministic
			select * from accounts where created_at > NOW( ) - interval 1 day        | non-deterministic
			select * from accounts where created_at > current_timestamp             | non-deterministic
			select * from accounts where created_at > CURRENT_DATE                  | non-deterministic
			select rand(), id from accounts                                         | non-deterministic
			select uuid() from accounts                                             | non-deterministic
			select @row := id from accounts                                         | non-deterministic
			select last_insert_id() from accounts                                   | non-deterministic
			select sysdate() from accounts                                          | non-deterministic
			select next value for seq from accounts                                 | non-deterministic
			select * from information_schema.tables                                 | system-table
			select 1                                                                | no-tables
			select id into @x from accounts limit 1                                  | non-deterministic
			select id from accounts into outfile '/tmp/x'                           | select-into
			select ]] nonsense                                                      | unparseable
			""")
	void someQueriesAreNeverCached(String sql, String reason) {
		SqlAnalysis analysis = SqlAnalyzer.analyzeNow(sql);
		assertThat(analysis.kind()).isEqualTo(Kind.READ);
		assertThat(analysis.bypass()).isEqualTo(reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
							insert into points_ledger (member_id, points) values (?, ?)                         | points_ledger         | false | false
					insert ignore into points_accounts (member_id, available, held) values (?, 0, 0)   | points_accounts       | false | false
					INSERT INTO t1 (a) SELECT b FROM t2                                                 | t1                    | false | false
					INSERT INTO t1 (a) VALUES (1) ON DUPLICATE KEY UPDATE a = a + 1                     | t1                    | false | true
					REPLACE INTO schools (id, code) VALUES (1, 'x')                                     | schools               | true  | true
					update accounts set enabled = ? where id = ?                                        | accounts              | false | true
					UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = t2.b                                  | t1 t2                 | false | true
					DELETE FROM member_devices WHERE id = ?                                             | member_devices        | true  | false
					DELETE t1 FROM table1 t1 JOIN table2 t2 ON t1.id = t2.id                            | table1 table2         | true  | false
					TRUNCATE TABLE points_ledger                                                        | points_ledger         | true  | false
					update `adtopaper`.`Accounts` set enabled = 0                                       | accounts              | false | true
					""")
	void aWriteNamesTheTablesItWrites(String sql, String tables, boolean deletes, boolean updates) {
		SqlAnalysis analysis = SqlAnalyzer.analyzeNow(sql);
		assertThat(analysis.kind()).isEqualTo(Kind.WRITE);
		assertThat(analysis.tables()).containsExactlyInAnyOrder(tables.split(" "));
		assertThat(analysis.deletes()).as("deletes").isEqualTo(deletes);
		assertThat(analysis.updates()).as("updates").isEqualTo(updates);
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE TABLE foo (id BIGINT)", "ALTER TABLE foo ADD COLUMN x INT", "DROP TABLE foo",
			"CREATE INDEX ix ON foo (x)", "RENAME TABLE a TO b", "CALL proc(1)", "GRANT ALL ON *.* TO x",
			"MERGE-ish nonsense that writes who knows what" })
	void schemaChangesAndUnknownStatementsInvalidateEverything(String sql) {
		assertThat(SqlAnalyzer.analyzeNow(sql).kind()).isEqualTo(Kind.SCHEMA);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SET foreign_key_checks = 0", "SHOW TABLES", "SAVEPOINT a", "ROLLBACK TO SAVEPOINT a",
			"START TRANSACTION", "RELEASE SAVEPOINT a" })
	void someStatementsChangeNoTable(String sql) {
		assertThat(SqlAnalyzer.analyzeNow(sql).kind()).isEqualTo(Kind.NEUTRAL);
	}

	@ParameterizedTest
	@CsvSource({ "COMMIT, COMMIT", "commit work, COMMIT", "ROLLBACK, ROLLBACK" })
	void transactionControlIsRecognised(String sql, Kind kind) {
		assertThat(SqlAnalyzer.analyzeNow(sql).kind()).isEqualTo(kind);
	}

}
