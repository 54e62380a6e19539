package com.adtopaper.ads;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.TestServers;
import com.adtopaper.member.Gender;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the ads benchmarks share: a node on a database of its own, and running campaigns
 * of mixed targeting written straight into it.
 */
final class BenchmarkCampaigns {

	static final String[] MAJORS = { "Computer Science", "Design", "Economics", "Physics", "Law", "Medicine",
			"Business", "English", "Chemistry", "Music" };

	static final String[] REGIONS = { "Seoul", "Busan", "Daejeon", "Pohang", "Incheon", "Gwangju" };

	static final int PRINTERS = 500;

	static final int MEMBERS = 100_000;

	private BenchmarkCampaigns() {
	}

	static ConfigurableApplicationContext node(String database, String store) {
		TestServers servers = TestServers.get();
		servers.freshDatabase(database);
		String run = "bench-" + System.nanoTime();
		return new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--spring.main.web-application-type=none", "--adtopaper.roles=web", "--logging.level.root=WARN",
					"--spring.datasource.url=" + servers.jdbcUrl(database), "--spring.datasource.username=root",
					"--spring.datasource.password=", "--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(),
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=" + run, "--adtopaper.queue.prefix=" + run,
					"--adtopaper.ads.selection.prefix=" + run, "--adtopaper.ads.selection.store=" + store,
					// the benchmarks store no file
					"--adtopaper.blobs.store=local", "--adtopaper.blobs.local-directory=target/bench-blobs",
					// decisions the benchmark never prints lapse soon, as abandoned jobs
					// do
					"--adtopaper.ads.selection.reservation-ttl=10s");
	}

	/**
	 * Running campaigns: 30% contract, 70% remnant; about half target schools, a third
	 * majors or admission years, a fifth a gender, a third some printers, a fifth
	 * regions, a fifth some hours, a tenth some weekdays; a fifth have a frequency cap.
	 */
	static void seed(JdbcTemplate jdbc, int campaigns, long seed) {
		Random random = new Random(seed);
		JsonMapper json = JsonMapper.builder().build();
		jdbc.update("insert into advertisers (account_id, company, contact_name, contact_phone, status, created_at)"
				+ " values (1, 'Bench', 'Bench', '010', 'ACTIVE', utc_timestamp(6))");
		long advertiser = jdbc.queryForObject("select max(id) from advertisers", Long.class);
		LocalDate today = LocalDate.now(TestCampaigns.SEOUL);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < campaigns; i++) {
			Targeting targeting = new Targeting(some(random, 0.5, 3, () -> 1L + random.nextInt(8)),
					some(random, 0.3, 3, () -> MAJORS[random.nextInt(MAJORS.length)]),
					some(random, 0.3, 3, () -> 2019 + random.nextInt(7)),
					some(random, 0.2, 1, () -> Gender.values()[random.nextInt(2)]),
					some(random, 0.3, 5, () -> 1L + random.nextInt(PRINTERS)),
					some(random, 0.2, 2, () -> REGIONS[random.nextInt(REGIONS.length)]),
					some(random, 0.2, 12, () -> random.nextInt(24)),
					some(random, 0.1, 5, () -> DayOfWeek.of(1 + random.nextInt(7))));
			boolean contract = random.nextDouble() < 0.3;
			rows.add(new Object[] { advertiser, "Campaign " + i, today.minusDays(1), today.plusDays(30),
					1_000_000_000_000L, 100_000_000_000L, 10 + random.nextInt(5) * 10,
					contract ? "CONTRACT" : "REMNANT", 1 + random.nextInt(10), (random.nextDouble() < 0.2) ? 5 : 0,
					json.writeValueAsString(targeting) });
		}
		jdbc.batchUpdate("""
				insert into campaigns (advertiser_id, name, status, starts_on, ends_on, total_budget, daily_budget,
				  price_per_page, priority, weight, frequency_cap, targeting, created_at, updated_at, version)
				values (?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?, ?, ?, utc_timestamp(6), utc_timestamp(6), 0)""", rows);
		jdbc.update("""
				insert into creatives (campaign_id, status, original_key, band_key, content_type, width, height, bytes,
				  created_at)
				select id, 'READY', concat('o/', id), concat('b/', id), 'image/png', 2480, 295, 1000, utc_timestamp(6)
				from campaigns""");
	}

	private static <T> Set<T> some(Random random, double share, int most, java.util.function.Supplier<T> value) {
		Set<T> values = new HashSet<>();
		if (random.nextDouble() < share) {
			int count = 1 + random.nextInt(most);
			for (int i = 0; i < count; i++) {
				values.add(value.get());
			}
		}
		return values;
	}

	static Audience audience(Random random) {
		return new Audience(1 + random.nextInt(MEMBERS), 1 + random.nextInt(8), MAJORS[random.nextInt(MAJORS.length)],
				2019 + random.nextInt(7), Gender.values()[random.nextInt(3)]);
	}

}
