package com.adtopaper.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestReplica;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application with the test replica (and a second replica that never answers) behind
 * its DataSource: web requests' read-only transactions read from the replica, a person
 * who has just written reads from the primary for the window, and a replica that stops or
 * falls too far behind gets no reads, with nothing failing.
 * <p>
 * The replica is made to lag on purpose with {@code MASTER_DELAY}: a write then reaches
 * it only seconds later, which is what shows where each read came from.
 */
@IntegrationTest
class ReplicaReadsIntegrationTests {

	private static final int DELAY_SECONDS = 3;

	@DynamicPropertySource
	static void replicas(DynamicPropertyRegistry registry) {
		registry.add("adtopaper.database.replicas[0].url", () -> TestReplica.jdbcUrl(TestServers.DATABASE));
		// a replica that is down from the start: reads never wait for it
		registry.add("adtopaper.database.replicas[1].url", () -> "jdbc:mariadb://127.0.0.1:3399/none");
		registry.add("adtopaper.database.max-lag", () -> "8s");
		registry.add("adtopaper.database.monitor-interval", () -> "100ms");
		registry.add("adtopaper.database.read-your-writes", () -> "2s");
	}

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Points points;

	@Autowired
	HealthIndicator replicasHealthIndicator;

	TestAccounts testAccounts;

	@BeforeEach
	void setUp() {
		TestReplica.awaitCaughtUp(Duration.ofSeconds(30));
		this.testAccounts = new TestAccounts(this.client, this.accounts, this.verification);
	}

	@AfterEach
	void replicating() throws Exception {
		delay(0);
		TestReplica.startApplying();
	}

	@Test
	void othersReadFromTheReplicaAndWhoeverWroteReadsTheirWrite() throws Exception {
		Session member = this.testAccounts.newMember();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member.id()).available() == 500);
		TestReplica.awaitCaughtUp(Duration.ofSeconds(10));
		awaitReads("replicas");
		delay(DELAY_SECONDS);
		// past the window the member's own sign-up opened
		Thread.sleep(2_500);

		// credited behind the member's back (no request of theirs): their next read comes
		// from the replica, which has not got it yet
		this.points.grant(member.id(), 7, "replica-test:" + member.id(), "Replica test");
		assertThat(available(member)).isEqualTo(500);

		// the member writes something: for the window, their reads come from the primary
		this.client.put()
			.uri("/api/v1/me/push-preference")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("optedOut", true))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(available(member)).isEqualTo(507);

		// and once the replica has the write, from the replica again, with the write
		await().atMost(Duration.ofSeconds(DELAY_SECONDS + 10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> available(member) == 507);
	}

	@Test
	void aReplicaThatStopsReplicatingGetsNoReadsAndNothingFails() throws Exception {
		Session member = this.testAccounts.newMember();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member.id()).available() == 500);
		awaitReads("replicas");

		TestReplica.stopApplying();
		awaitReads("primary");
		assertThat(replicaStates()).containsExactly("STOPPED", "DOWN");
		this.points.grant(member.id(), 3, "replica-stop:" + member.id(), "Replica stopped");
		assertThat(available(member)).isEqualTo(503);

		TestReplica.startApplying();
		awaitReads("replicas");
		assertThat(replicaStates()).containsExactly("REPLICATING", "DOWN");
		await().atMost(Duration.ofSeconds(10)).until(() -> available(member) == 503);
	}

	@Test
	void aReplicaFurtherBehindThanTheBoundGetsNoReads() throws Exception {
		Session member = this.testAccounts.newMember();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member.id()).available() == 500);
		awaitReads("replicas");
		delay(30);
		long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
		int credited = 0;
		// writes keep coming while the replica holds each back 30 s: its lag passes 8 s
		while (System.nanoTime() < end && !"primary".equals(reads())) {
			this.points.grant(member.id(), 1, "replica-lag:" + member.id() + ":" + credited, "Replica lag");
			credited++;
			Thread.sleep(200);
		}
		assertThat(reads()).isEqualTo("primary");
		assertThat(replicaStates().get(0)).isEqualTo("LAGGING");
		// reads are on the primary: the member sees every credit at once
		assertThat(available(member)).isEqualTo(500 + credited);
	}

	private long available(Session member) {
		Number available = this.client.get()
			.uri("/api/v1/me/points")
			.header(HttpHeaders.AUTHORIZATION, member.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("available") instanceof Number n ? n : -1;
		return available.longValue();
	}

	private String reads() {
		return (String) this.replicasHealthIndicator.health(true).getDetails().get("reads");
	}

	@SuppressWarnings("unchecked")
	private List<String> replicaStates() {
		var replicas = (List<Map<String, Object>>) this.replicasHealthIndicator.health(true)
			.getDetails()
			.get("replicas");
		return replicas.stream().map((replica) -> (String) replica.get("state")).toList();
	}

	private void awaitReads(String where) {
		await().atMost(Duration.ofSeconds(20)).until(() -> where.equals(reads()));
	}

	private static void delay(int seconds) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + TestReplica.PORT + "/",
				"root", ""); Statement statement = connection.createStatement()) {
			statement.execute("STOP SLAVE");
			statement.execute("CHANGE MASTER TO MASTER_DELAY = " + seconds);
			statement.execute("START SLAVE");
		}
	}

}
