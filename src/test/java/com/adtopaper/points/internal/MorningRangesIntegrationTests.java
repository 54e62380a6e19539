package com.adtopaper.points.internal;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.adtopaper.IntegrationTest;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning's split follows the members, not the width of their ids: members whose ids
 * lie billions apart make as many jobs as members close together (a split into ranges of
 * a fixed width once made millions of empty jobs, and Redis gave up on them).
 */
@IntegrationTest
class MorningRangesIntegrationTests {

	@Autowired
	PointsAccountRepository accounts;

	@Autowired
	Points points;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rangesHoldMembersHoweverFarApartTheirIdsAre() {
		long base = 3_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		for (long id : new long[] { base, base + 1, base + 2_000_000_000L, base + 7_000_000_000L,
				base + 7_000_000_001L }) {
			this.points.grant(id, 1, "ranges:" + id, "Test point");
		}
		int size = 2;
		List<Long> bounds = this.accounts.rangeBounds(size);
		long members = this.jdbc.queryForObject("select count(*) from points_accounts", Long.class);

		assertThat(bounds).isSorted().doesNotHaveDuplicates();
		assertThat(bounds).as("one range per %d members, and where the last ends", size)
			.hasSize((int) ((members + size - 1) / size) + 1);
		for (int i = 0; i + 1 < bounds.size(); i++) {
			long inRange = this.jdbc.queryForObject(
					"select count(*) from points_accounts where member_id >= ? and member_id < ?", Long.class,
					bounds.get(i), bounds.get(i + 1));
			assertThat(inRange).as("members in range %d", i)
				.isEqualTo((i + 2 < bounds.size()) ? size : members - (long) size * i);
		}
		assertThat(bounds.getLast())
			.isEqualTo(this.jdbc.queryForObject("select max(member_id) from points_accounts", Long.class) + 1);
	}

}
