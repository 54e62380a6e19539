package com.adtopaper.platform.queue.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.adtopaper.IntegrationTest;
import com.adtopaper.PushMocks;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.platform.queue.JobHandler;
import com.adtopaper.points.Morning;
import com.adtopaper.points.Points;
import com.adtopaper.points.internal.Ledger;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker killed halfway through the morning: it had credited its range but neither
 * acknowledged the job nor said so. After its lease another worker runs the range again:
 * every member is credited exactly once, and every eligible member is pushed.
 */
@IntegrationTest
class MorningRedeliveryIntegrationTests {

	static final PushMocks mocks = PushMocks.start();

	@Autowired
	ApplicationContext context;

	@Autowired
	Morning morning;

	@Autowired
	Members members;

	@Autowired
	Points points;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		mocks.register(registry);
		registry.add("adtopaper.queue.prefix", () -> TestServers.RUN + "-redelivery");
		registry.add("adtopaper.queue.lease", () -> "3s");
	}

	@AfterAll
	static void stop() {
		mocks.close();
	}

	@Test
	void aWorkerKilledHalfwayLeavesEveryMemberCreditedOnceAndPushed() throws Exception {
		List<Long> everyone = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long member = this.members
				.enrolVerified(new Registration(TestAccounts.uniqueEmail("killed"), TestAccounts.PASSWORD,
						"Member " + i, 2, "Law", 2023, Gender.FEMALE, 2004))
				.id();
			everyone.add(member);
			String token = (i % 2 == 0) ? hex() : "fcm-" + hex();
			this.members.registerDevice(member, (i % 2 == 0) ? DevicePlatform.APNS : DevicePlatform.FCM, token);
			tokens.add(token);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> everyone.stream().allMatch((id) -> this.points.balance(id).available() == 500));

		JobWorkers workers = this.context.getBean(JobWorkers.class);
		workers.stop();
		LocalDate day = LocalDate.of(2031, 4, 1);
		this.morning.start(day);

		var settings = this.context.getBean(QueueSettings.class);
		var redis = TestServers.get();
		var dying = new RedisJobBroker(RedisClient.create(RedisURI.create(redis.redisHost(), redis.redisPort())),
				settings, JsonMapper.builder().build(), java.time.Clock.systemUTC());
		dying.open("morning");
		Delivery start = dying.take("morning", 1, Duration.ofSeconds(2)).getFirst();
		this.context.getBean("morningStart", JobHandler.class).handle(start);
		dying.done("morning", List.of(start));
		Delivery chunk = dying.take("morning", 1, Duration.ofSeconds(2)).getFirst();
		String[] range = chunk.payload().split("\\|");
		this.ledger.grantMorning(day, Long.parseLong(range[1]), Long.parseLong(range[2]), 100);
		dying.close(); // killed: no acknowledgement, no event

		everyone.forEach((id) -> assertThat(this.points.balance(id).available()).isEqualTo(600));
		workers.start();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> tokens.forEach((token) -> assertThat(mocks.accepted(token)).as(token).isPositive()));
		for (long member : everyone) {
			assertThat(this.points.balance(member).available()).isEqualTo(600);
			assertThat(this.jdbc.queryForObject("select count(*) from points_ledger where idempotency_key = ?",
					Integer.class, "morning:" + day + ":" + member))
				.isEqualTo(1);
		}
	}

	private static String hex() {
		byte[] token = new byte[32];
		ThreadLocalRandom.current().nextBytes(token);
		return HexFormat.of().formatHex(token);
	}

}
