package com.adtopaper.admin;

import java.time.Duration;

import com.adtopaper.IntegrationTest;
import com.adtopaper.PushMocks;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.Registration;
import com.adtopaper.notification.Broadcasts;
import com.adtopaper.notification.MorningIntegrationTests;
import com.adtopaper.platform.security.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The push composer: a message to one admission year is previewed with the members it
 * reaches (one who opted out left out, and counted), sent through the job queue to
 * Pushy's MockApnsServer and the FCM stub, reaches exactly the segment's devices, and its
 * deliveries are counted on the page; support staff cannot send one. A test notification
 * to one device says what the push service answered.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(AdminFixture.class)
class PushComposerIntegrationTests {

	static final PushMocks mocks = PushMocks.start();

	/** An admission year no other test's members have. */
	static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminFixture fixture;

	@Autowired
	Members members;

	@Autowired
	PushDevices devices;

	@Autowired
	Broadcasts broadcasts;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void pushes(DynamicPropertyRegistry registry) {
		mocks.register(registry);
		registry.add("adtopaper.queue.prefix", () -> TestServers.RUN + "-job-broadcast");
	}

	@AfterAll
	static void stop() {
		mocks.close();
	}

	@Test
	void aMessageToAnAdmissionYearReachesItsMembersWhoWantPushesAndIsCounted() throws Exception {
		String apns = device(member(YEAR, false), DevicePlatform.APNS);
		String fcm = device(member(YEAR, false), DevicePlatform.FCM);
		String optedOut = device(member(YEAR, true), DevicePlatform.APNS);
		String otherYear = device(member(YEAR + 1, false), DevicePlatform.APNS);
		Cookie operator = signIn(this.fixture.operator(Role.ADMIN));
		String hostile = "<script>alert('x')</script>";

		this.mvc
			.perform(get("/admin/push").cookie(operator)
				.param("year", Integer.toString(YEAR))
				.param("title", "시험 기간 무료 출력")
				.param("body", "오늘 두 배 포인트 " + hostile))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"audience\""), containsString("2"),
					containsString("오늘 두 배 포인트 &lt;script&gt;"), not(containsString(hostile)))));
		assertThat(this.broadcasts.preview(new Broadcasts.Segment(null, YEAR)))
			.satisfies((audience) -> assertThat(audience.members()).isEqualTo(2))
			.satisfies((audience) -> assertThat(audience.devices()).isEqualTo(2))
			.satisfies((audience) -> assertThat(audience.optedOut()).isEqualTo(1));

		Cookie support = signIn(this.fixture.operator(Role.SUPPORT));
		this.mvc
			.perform(post("/admin/push").cookie(support)
				.with(csrf())
				.param("year", Integer.toString(YEAR))
				.param("title", "t")
				.param("body", "b"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/push").cookie(operator).with(csrf()).param("title", "").param("body", "b"))
			.andExpect(status().isBadRequest());

		this.mvc
			.perform(post("/admin/push").cookie(operator)
				.with(csrf())
				.param("year", Integer.toString(YEAR))
				.param("title", "시험 기간 무료 출력")
				.param("body", "오늘 두 배 포인트"))
			.andExpect(redirectedUrl("/admin/push"));
		await().atMost(Duration.ofSeconds(30)).until(() -> mocks.accepted(apns) > 0 && mocks.accepted(fcm) > 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.broadcasts.latest(1).getFirst().delivered() == 2);
		assertThat(mocks.sent.get(apns)).singleElement()
			.satisfies((payload) -> assertThat(payload).contains("시험 기간 무료 출력").contains("\"kind\":\"broadcast\""));
		assertThat(mocks.accepted(optedOut)).as("opted out").isZero();
		assertThat(mocks.accepted(otherYear)).as("another year").isZero();
		this.mvc.perform(get("/admin/push").cookie(operator))
			.andExpect(content().string(containsString("<td class=\"num delivered\">2</td>")));
	}

	@Test
	void aTestNotificationToOneDeviceSaysWhatThePushServiceAnsweredAndIsAudited() throws Exception {
		long member = member(YEAR + 2, false);
		String live = device(member, DevicePlatform.APNS);
		String gone = device(member, DevicePlatform.APNS);
		mocks.unregistered.add(gone);
		long liveId = deviceId(member, 0);
		long goneId = deviceId(member, 1);
		long stranger = member(YEAR + 2, false);
		device(stranger, DevicePlatform.FCM);
		long strangersDevice = deviceId(stranger, 0);
		Cookie operator = signIn(this.fixture.operator(Role.ADMIN));

		this.mvc
			.perform(post("/admin/members/" + member + "/devices/" + liveId + "/test").cookie(operator).with(csrf()))
			.andExpect(redirectedUrl("/admin/members/" + member))
			.andExpect(flash().attribute("notice", "admin.member.device-test.DELIVERED"));
		assertThat(mocks.sent.get(live)).singleElement()
			.satisfies((payload) -> assertThat(payload).contains("\"kind\":\"test\"").contains("알림 테스트"));

		// a token the push service no longer knows: said so, and the device is switched
		// off
		this.mvc
			.perform(post("/admin/members/" + member + "/devices/" + goneId + "/test").cookie(operator).with(csrf()))
			.andExpect(flash().attribute("notice", "admin.member.device-test.UNREGISTERED"));
		assertThat(this.devices.devices(member).get(1).active()).isFalse();
		this.mvc
			.perform(post("/admin/members/" + member + "/devices/" + goneId + "/test").cookie(operator).with(csrf()))
			.andExpect(flash().attribute("notice", "admin.member.device-test.NOT_PUSHABLE"));
		// a member who turned notifications off gets none, not even a test
		this.members.choosePush(member, true);
		this.mvc
			.perform(post("/admin/members/" + member + "/devices/" + liveId + "/test").cookie(operator).with(csrf()))
			.andExpect(flash().attribute("notice", "admin.member.device-test.NOT_PUSHABLE"));
		assertThat(mocks.sent.get(live)).hasSize(1);

		// another member's device through this member's page is not found, and nothing is
		// sent to it
		this.mvc
			.perform(post("/admin/members/" + member + "/devices/" + strangersDevice + "/test").cookie(operator)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entries where action = 'device.test-push' and object_id = ?", Integer.class,
				Long.toString(member)))
			.isEqualTo(4);
		assertThat(this.jdbc.queryForObject(
				"select state_after from audit_entries where action = 'device.test-push' and object_id = ? order by id limit 1",
				String.class, Long.toString(member)))
			.contains("DELIVERED");
	}

	private long deviceId(long member, int index) {
		return this.devices.devices(member).get(index).id();
	}

	private long member(int year, boolean optedOut) {
		long id = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD, "Pushed Member",
					2, "Economics", year, Gender.FEMALE, 2005))
			.id();
		if (optedOut) {
			this.members.choosePush(id, true);
		}
		return id;
	}

	private String device(long member, DevicePlatform platform) {
		String token = (platform == DevicePlatform.APNS) ? MorningIntegrationTests.apnsToken()
				: MorningIntegrationTests.fcmToken();
		this.devices.registerDevice(member, platform, token);
		return token;
	}

	private Cookie signIn(AdminFixture.Operator operator) throws Exception {
		Cookie password = this.mvc.perform(formLogin().user(operator.email()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		return this.mvc.perform(
				post("/admin/second-factor").cookie(password).with(csrf()).param("code", this.fixture.code(operator)))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
