package com.adtopaper.admin;

import java.time.Duration;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestAccounts;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.member.SecondFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.awaitility.Awaitility.await;

/** Operators see the queues and retry or discard dead jobs; nobody else does. */
@IntegrationTest
class QueueAdminIntegrationTests {

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	JobQueue jobs;

	/** A type no module declares, so no handler runs it. */
	record Nothing() {
	}

	static final JobType<Nothing> UNHANDLED = JobType.of("default", "nobody.handles.this", Nothing.class);

	Session admin;

	Session member;

	@BeforeEach
	void accounts() {
		var testAccounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		this.admin = testAccounts.newAccount(Role.ADMIN);
		this.member = testAccounts.newMember();
	}

	@Test
	void operatorsListQueuesAndRetryOrDiscardDeadJobs() {
		this.client.get()
			.uri("/api/v1/admin/queues")
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.queue == 'morning')]")
			.exists();

		// a job of a type nobody handles ends dead at once
		String id = this.jobs.enqueue(UNHANDLED, new Nothing());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jobs.deadJobs("default", 100).stream().anyMatch((dead) -> dead.id().equals(id)));
		this.client.get()
			.uri("/api/v1/admin/queues/default/dead")
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.id == '" + id + "')].lastError")
			.value((error) -> org.assertj.core.api.Assertions.assertThat(error.toString()).contains("No handler"));

		this.client.post()
			.uri("/api/v1/admin/queues/default/dead/{id}/retry", id)
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectStatus()
			.isNoContent();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jobs.deadJobs("default", 100).stream().anyMatch((dead) -> dead.id().equals(id)));
		this.client.delete()
			.uri("/api/v1/admin/queues/default/dead/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectStatus()
			.isNoContent();
		this.client.delete()
			.uri("/api/v1/admin/queues/default/dead/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anUnknownQueueIsNotFound() {
		this.client.get()
			.uri("/api/v1/admin/queues/no-such-queue/dead")
			.header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void membersCannotSeeOrTouchTheQueues() {
		this.client.get()
			.uri("/api/v1/admin/queues")
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.post()
			.uri("/api/v1/admin/queues/default/dead/any/retry")
			.header(HttpHeaders.AUTHORIZATION, this.member.bearer())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

}
