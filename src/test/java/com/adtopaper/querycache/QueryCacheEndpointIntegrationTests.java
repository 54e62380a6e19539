package com.adtopaper.querycache;

import javax.sql.DataSource;

import com.adtopaper.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Operators see the cache's numbers and can invalidate it after changing data by hand.
 */
@IntegrationTest
@AutoConfigureMockMvc
class QueryCacheEndpointIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	QueryCache cache;

	@Test
	void operatorsSeeHitsMissesBypassesAndTheHitRatio() throws Exception {
		var cached = new JdbcTemplate(this.dataSource);
		CacheTables.create(cached);
		CacheTables.parentName(cached, 1);
		CacheTables.parentName(cached, 1);
		this.mvc.perform(get("/actuator/querycache").with(user("ops").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits").isNumber())
			.andExpect(jsonPath("$.misses").isNumber())
			.andExpect(jsonPath("$.hitRatio").isNumber())
			.andExpect(jsonPath("$.bypasses").isMap())
			.andExpect(jsonPath("$.invalidations").isNumber());
		this.mvc.perform(get("/actuator/metrics/adtopaper.querycache.requests").with(user("ops").roles("ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void membersCannotSeeIt() throws Exception {
		this.mvc.perform(get("/actuator/querycache").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
		this.mvc.perform(delete("/actuator/querycache").with(user("m").roles("MEMBER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOperatorInvalidatesEverythingAfterAChangeMadeByHand() throws Exception {
		var cached = new JdbcTemplate(this.dataSource);
		CacheTables.create(cached);
		CacheTables.reset(cached);
		assertThat(CacheTables.parentName(cached, 3)).isEqualTo("p3");
		QueryCacheStoreFailureIntegrationTests.awaitStores(this.cache);
		new JdbcTemplate(CacheTables.raw(this.dataSource)).update("update qc_parent set name = 'by-hand' where id = 3");
		assertThat(CacheTables.parentName(cached, 3)).isEqualTo("p3");

		this.mvc.perform(delete("/actuator/querycache").with(user("ops").roles("ADMIN")).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(CacheTables.parentName(cached, 3)).isEqualTo("by-hand");
	}

}
