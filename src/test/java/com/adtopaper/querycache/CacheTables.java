package com.adtopaper.querycache;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three small tables of the cache tests' own (a parent, a child with a cascading foreign
 * key, and another), created through the cached DataSource as a migration would be.
 */
final class CacheTables {

	private CacheTables() {
	}

	static void create(JdbcTemplate cached) {
		cached.execute("create table if not exists qc_parent (id bigint primary key, name varchar(100) not null)");
		cached.execute("create table if not exists qc_child (id bigint primary key, parent_id bigint not null,"
				+ " label varchar(100) not null, constraint fk_qc_child_parent foreign key (parent_id)"
				+ " references qc_parent (id) on delete cascade)");
		cached.execute("create table if not exists qc_other (id bigint primary key auto_increment,"
				+ " v varchar(100) not null)");
	}

	/** Parents 1 to 3 named p1 to p3, two children each, one row in qc_other. */
	static void reset(JdbcTemplate cached) {
		cached.update("delete from qc_child");
		cached.update("delete from qc_parent");
		cached.update("delete from qc_other");
		for (int p = 1; p <= 3; p++) {
			cached.update("insert into qc_parent (id, name) values (?, ?)", p, "p" + p);
			for (int c = 1; c <= 2; c++) {
				cached.update("insert into qc_child (id, parent_id, label) values (?, ?, ?)", p * 10 + c, p,
						"c" + (p * 10 + c));
			}
		}
		cached.update("insert into qc_other (id, v) values (1, 'o1')");
	}

	static String parentName(JdbcTemplate jdbc, long id) {
		return jdbc.queryForObject("select name from qc_parent where id = ?", String.class, id);
	}

}
