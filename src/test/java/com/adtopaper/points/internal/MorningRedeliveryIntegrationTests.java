package com.adtopaper.points.internal;

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
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.JobBroker;
import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.Registration;
import com.adtopaper.points.Morning;
import com.adtopaper.points.Points;
import com.adtopaper.points.internal.MorningJobTypes.Chunk;
import com.adtopaper.points.internal.MorningJobTypes.Start;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker killed halfway through the morning: it had credited its range but neither
 * acknowledged the job nor said so. After its lease another worker runs the range again:
 * every member is credited exactly once, and every eligible member is pushed. The dying
 * worker is played by hand on the application's broker: it takes the jobs and never
 * answers for the range.
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
	PushDevices pushDevices;

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
			this.pushDevices.registerDevice(member, (i % 2 == 0) ? DevicePlatform.APNS : DevicePlatform.FCM, token);
			tokens.add(token);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> everyone.stream().allMatch((id) -> this.points.balance(id).available() == 500));

		SmartLifecycle workers = this.context.getBean("jobWorkers", SmartLifecycle.class);
		workers.stop();
		LocalDate day = LocalDate.of(2031, 4, 1);
		this.morning.start(day);

		JobBroker dying = this.context.getBean(JobBroker.class);
		dying.open("morning");
		Delivery start = dying.take("morning", 1, Duration.ofSeconds(2)).getFirst();
		assertThat(start.type()).isEqualTo(MorningJobTypes.START.name());
		@SuppressWarnings("unchecked")
		JobHandler<Start> splitter = this.context.getBean("morningStart", JobHandler.class);
		splitter.handle(new Start(day), start);
		dying.done("morning", List.of(start));
		Delivery taken = dying.take("morning", 1, Duration.ofSeconds(2)).getFirst();
		Chunk chunk = JsonMapper.builder().build().readValue(taken.payload(), Chunk.class);
		assertThat(chunk.day()).isEqualTo(day);
		this.ledger.grantMorning(day, chunk.fromMemberId(), chunk.toMemberId(), 100);
		// killed: no acknowledgement, no event

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
