package com.adtopaper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.querycache.QueryCachingDataSource;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The query cache as the application has it: its DataSource is cached over Memcached,
 * JPA's writes invalidate like any other, every column of its tables can be read and
 * written through the cache's parser, and operators (only they) see the cache's numbers
 * and can invalidate it after changing data by hand.
 */
@IntegrationTest
@AutoConfigureMockMvc
class QueryCacheApplicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Members members;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Accounts accounts;

	@Autowired
	RestTestClient client;

	private QueryCachingDataSource caching() {
		assertThat(this.dataSource).isInstanceOf(QueryCachingDataSource.class);
		return (QueryCachingDataSource) this.dataSource;
	}

	private JdbcTemplate raw() {
		return new JdbcTemplate(caching().getTargetDataSource());
	}

	@SuppressWarnings("unchecked")
	private long counted(String group, String name) {
		return ((Map<String, Long>) caching().report().get(group)).getOrDefault(name, 0L);
	}

	/** Reads until the read is served from the cache. */
	private <T> T cached(java.util.function.Supplier<T> read) {
		for (int i = 0; i < 200; i++) {
			long hits = (long) caching().report().get("hits");
			T value = read.get();
			if ((long) caching().report().get("hits") > hits) {
				return value;
			}
			ServerProcess.sleep(10);
		}
		throw new AssertionError("never served from the cache: " + caching().report());
	}

	@Test
	void jpqlBulkUpdatesAndEntitySavesInvalidateLikeAnyWrite() {
		var member = new TestAccounts(this.client, this.accounts, this.verification).newMember();
		var cached = new JdbcTemplate(this.dataSource);
		String name = "select display_name from accounts where id = ?";
		String push = "select push_opted_out from members where account_id = ?";
		assertThat(cached(() -> cached.queryForObject(name, String.class, member.id()))).isEqualTo("Test Member");
		assertThat(cached(() -> cached.queryForObject(push, Boolean.class, member.id()))).isFalse();

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.entityManager
			.createQuery("update AccountEntity a set a.displayName = :name where a.id = :id")
			.setParameter("name", "Bulk Renamed")
			.setParameter("id", member.id())
			.executeUpdate());
		assertThat(cached.queryForObject(name, String.class, member.id())).isEqualTo("Bulk Renamed");

		this.members.choosePush(member.id(), true);
		assertThat(cached.queryForObject(push, Boolean.class, member.id())).isTrue();
	}

	/**
	 * A column whose name the SQL parser takes for a keyword ({@code errors} was one)
	 * makes every query that names it unparseable, and so silently never cached, and
	 * every write to it an invalidation of everything.
	 */
	@Test
	void everyColumnOfTheApplicationsTablesIsReadAndWrittenThroughTheParser() {
		var cached = new JdbcTemplate(this.dataSource);
		List<String> refused = new ArrayList<>();
		List<String[]> columns = raw().query(
				"""
						select table_name, column_name from information_schema.columns
						where table_schema = database() and table_name not like 'flyway%' and table_name not like 'query\\_cache\\_%'
						order by table_name, ordinal_position""",
				(rows, n) -> new String[] { rows.getString(1), rows.getString(2) });
		assertThat(columns).hasSizeGreaterThan(100);
		for (String[] column : columns) {
			long unparseable = counted("bypasses", "unparseable");
			long everything = counted("events", "invalidated-everything");
			String table = column[0];
			String name = column[1];
			cached.queryForList("select t." + name + " from " + table + " t where t." + name + " is null order by t."
					+ name + " limit 1");
			cached.update("update " + table + " set " + name + " = " + name + " where 1 = 0");
			if (counted("bypasses", "unparseable") != unparseable
					|| counted("events", "invalidated-everything") != everything) {
				refused.add(table + "." + name);
			}
		}
		assertThat(refused).isEmpty();
	}

	@Test
	void operatorsSeeHitsMissesBypassesAndEventsAndMembersDoNot() throws Exception {
		this.mvc.perform(get("/actuator/querycache").with(user("ops").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits").isNumber())
			.andExpect(jsonPath("$.misses").isNumber())
			.andExpect(jsonPath("$.hitRatio").isNumber())
			.andExpect(jsonPath("$.bypasses").isMap())
			.andExpect(jsonPath("$.events").isMap())
			.andExpect(jsonPath("$.pendingInDatabase").isNumber())
			.andExpect(jsonPath("$.invalidations").isNumber());
		this.mvc.perform(get("/actuator/metrics/adtopaper.querycache.requests").with(user("ops").roles("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actuator/querycache").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
		this.mvc.perform(delete("/actuator/querycache").with(user("m").roles("MEMBER")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/querycache").with(user("a").roles("ADVERTISER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOperatorInvalidatesEverythingAfterAChangeMadeByHand() throws Exception {
		var member = new TestAccounts(this.client, this.accounts, this.verification).newMember();
		var cached = new JdbcTemplate(this.dataSource);
		String name = "select display_name from accounts where id = ?";
		assertThat(cached(() -> cached.queryForObject(name, String.class, member.id()))).isEqualTo("Test Member");
		raw().update("update accounts set display_name = 'By Hand' where id = ?", member.id());
		assertThat(cached.queryForObject(name, String.class, member.id())).isEqualTo("Test Member");

		this.mvc.perform(delete("/actuator/querycache").with(user("ops").roles("ADMIN")).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(cached.queryForObject(name, String.class, member.id())).isEqualTo("By Hand");
	}

}
