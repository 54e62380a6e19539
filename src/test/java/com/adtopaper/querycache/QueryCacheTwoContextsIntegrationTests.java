package com.adtopaper.querycache;

import javax.sql.DataSource;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes share one Memcached: a commit on one is seen by the next read on the other.
 */
@IntegrationTest
class QueryCacheTwoContextsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aCommitOnOneNodeIsSeenByTheNextReadOnTheOther() {
		var first = new JdbcTemplate(this.dataSource);
		CacheTables.create(first);
		CacheTables.reset(first);
		TestServers servers = TestServers.get();
		try (var node = new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--spring.main.web-application-type=none", "--adtopaper.roles=worker",
					"--spring.datasource.url=" + servers.jdbcUrl(TestServers.DATABASE),
					"--spring.datasource.username=root", "--spring.datasource.password=",
					"--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(),
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=" + TestServers.RUN, "--adtopaper.blobs.store=local")) {
			var second = new JdbcTemplate(node.getBean(DataSource.class));
			assertThat(node.getBean(DataSource.class)).isInstanceOf(CachingDataSource.class);

			assertThat(CacheTables.parentName(second, 1)).isEqualTo("p1");
			assertThat(CacheTables.parentName(second, 1)).isEqualTo("p1");
			first.update("update qc_parent set name = 'from-the-first-node' where id = 1");
			assertThat(CacheTables.parentName(second, 1)).isEqualTo("from-the-first-node");

			assertThat(CacheTables.parentName(first, 2)).isEqualTo("p2");
			second.update("update qc_parent set name = 'from-the-second-node' where id = 2");
			assertThat(CacheTables.parentName(first, 2)).isEqualTo("from-the-second-node");
		}
	}

}
