package com.adtopaper.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.adtopaper.IntegrationTest;
import com.adtopaper.PushMocks;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Device;
import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.Registration;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Morning;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The morning end to end: the job credits every member once, and every live device of
 * every member who has not opted out gets its push from Pushy's MockApnsServer or the FCM
 * stub; tokens the services report unregistered are switched off.
 */
@IntegrationTest
public class MorningIntegrationTests {

	static final PushMocks mocks = PushMocks.start();

	@Autowired
	Morning morning;

	@Autowired
	Members members;

	@Autowired
	SchoolVerification verification;

	@Autowired
	PushDevices pushDevices;

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void pushes(DynamicPropertyRegistry registry) {
		mocks.register(registry);
		// jobs of its own: other test contexts' workers do not send to these mocks
		registry.add("adtopaper.queue.prefix", () -> TestServers.RUN + "-morning");
	}

	@AfterAll
	static void stop() {
		mocks.close();
	}

	@Test
	void everyMemberIsCreditedOnceAndEveryLiveDevicePushed() {
		long apnsMember = member();
		String apnsToken = register(apnsMember, DevicePlatform.APNS, apnsToken());
		long fcmMember = member();
		String fcmToken = register(fcmMember, DevicePlatform.FCM, fcmToken());
		String flakyToken = register(fcmMember, DevicePlatform.FCM, fcmToken());
		mocks.flakyOnce.add(flakyToken);
		long goneApns = member();
		String goneApnsToken = register(goneApns, DevicePlatform.APNS, apnsToken());
		mocks.unregistered.add(goneApnsToken);
		long goneFcm = member();
		String goneFcmToken = register(goneFcm, DevicePlatform.FCM, fcmToken());
		mocks.unregistered.add(goneFcmToken);
		long optedOut = member();
		String optedOutToken = register(optedOut, DevicePlatform.APNS, apnsToken());
		this.members.choosePush(optedOut, true);
		long noDevice = member();
		List<Long> everyone = List.of(apnsMember, fcmMember, goneApns, goneFcm, optedOut, noDevice);
		everyone.forEach(this::awaitSignUpBonus);

		LocalDate day = LocalDate.of(2031, 3, 2);
		this.morning.start(day);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> everyone.forEach((id) -> assertThat(this.points.balance(id).available()).isEqualTo(600)));
		everyone.forEach((id) -> assertThat(morningEntries(day, id)).isEqualTo(1));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(mocks.accepted(apnsToken)).isPositive();
			assertThat(mocks.accepted(fcmToken)).isPositive();
			assertThat(mocks.accepted(flakyToken)).as("retried after a 503").isPositive();
			assertThat(active(goneApns)).isFalse();
			assertThat(active(goneFcm)).isFalse();
		});
		assertThat(mocks.accepted(optedOutToken)).isZero();
	}

	@Test
	void aMemberWhoHasNotVerifiedGetsNoMorningPointsUntilTheyDo() {
		long verified = member();
		awaitSignUpBonus(verified);
		String email = TestAccounts.uniqueEmail("unverified-morning");
		this.members.register(new Registration(email, TestAccounts.PASSWORD, "Unverified Member", 1, "Physics", 2024,
				Gender.MALE, 2005));
		long unverified = this.accounts.findByEmail(email).orElseThrow().id();
		LocalDate day = LocalDate.of(2031, 3, 4);

		this.morning.start(day);
		await().atMost(Duration.ofSeconds(30)).until(() -> morningEntries(day, verified) == 1);
		await().pollDelay(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(morningEntries(day, unverified)).isZero());
		assertThat(this.points.balance(unverified).available()).isZero();

		this.verification.confirmSchool(unverified);
		awaitSignUpBonus(unverified);
		LocalDate next = day.plusDays(1);
		this.morning.start(next);
		await().atMost(Duration.ofSeconds(30)).until(() -> morningEntries(next, unverified) == 1);
	}

	@Test
	void startingTheSameMorningAgainCreditsNobodyTwice() {
		long member = member();
		awaitSignUpBonus(member);
		LocalDate day = LocalDate.of(2031, 3, 3);

		String first = this.morning.start(day);
		assertThat(this.morning.start(day)).as("one job per day while it runs").isEqualTo(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.points.balance(member).available() == 600);

		// once it is done, a second start (another node, an operator) finds everybody
		// credited
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.morning.start(day).equals(first));
		await().pollDelay(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.points.balance(member).available()).isEqualTo(600));
		assertThat(morningEntries(day, member)).isEqualTo(1);
	}

	private long member() {
		return this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("morning"), TestAccounts.PASSWORD,
					"Morning Member", 1, "Physics", 2024, Gender.MALE, 2005))
			.id();
	}

	private void awaitSignUpBonus(long member) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member).available() == 500);
	}

	private String register(long member, DevicePlatform platform, String token) {
		this.pushDevices.registerDevice(member, platform, token);
		return token;
	}

	private boolean active(long member) {
		return this.pushDevices.devices(member).stream().allMatch(Device::active);
	}

	private int morningEntries(LocalDate day, long member) {
		return this.jdbc.queryForObject("select count(*) from points_ledger where idempotency_key = ?", Integer.class,
				"morning:" + day + ":" + member);
	}

	public static String apnsToken() {
		byte[] token = new byte[32];
		ThreadLocalRandom.current().nextBytes(token);
		return HexFormat.of().formatHex(token);
	}

	public static String fcmToken() {
		return "fcm-" + apnsToken();
	}

}
