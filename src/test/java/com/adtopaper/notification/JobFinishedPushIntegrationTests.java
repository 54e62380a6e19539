package com.adtopaper.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import com.adtopaper.IntegrationTest;
import com.adtopaper.PushMocks;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.Registration;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.Printers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Your job has printed": when a job ends at the printer, the member's devices hear how
 * (Pushy's MockApnsServer and the FCM stub stand in for Apple and Google); a job the
 * member cancels is not pushed.
 */
@IntegrationTest
class JobFinishedPushIntegrationTests {

	static final PushMocks mocks = PushMocks.start();

	@Autowired
	Members members;

	@Autowired
	PushDevices pushDevices;

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Autowired
	PrinterJobs printerJobs;

	@Autowired
	Printers printers;

	PrinterCredentials printer;

	@DynamicPropertySource
	static void pushes(DynamicPropertyRegistry registry) {
		mocks.register(registry);
		// jobs of its own: other test contexts' workers do not send to these mocks
		registry.add("adtopaper.queue.prefix", () -> TestServers.RUN + "-job-push");
	}

	@AfterAll
	static void stop() {
		mocks.close();
	}

	@BeforeEach
	void printer() {
		this.printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "Student Union", null, "2F");
	}

	@Test
	void theMemberHearsTheirJobPrintedAndNothingOfTheJobTheyCancelled() {
		long member = member();
		String token = MorningIntegrationTests.apnsToken();
		this.pushDevices.registerDevice(member, DevicePlatform.APNS, token);

		PrintJob cancelled = this.jobs.create(member, new JobOptions(upload(member, 2), 1, false, null, null));
		this.jobs.cancel(member, cancelled.id());
		PrintJob job = this.jobs.create(member, new JobOptions(upload(member, 3), 1, false, null, null));
		print(member, job, 3, null);

		await().atMost(Duration.ofSeconds(30)).until(() -> mocks.accepted(token) > 0);
		List<String> sent = mocks.sent.get(token);
		assertThat(sent).singleElement().satisfies((payload) -> {
			assertThat(payload).contains("출력이 끝났어요").contains("3쪽을 출력했어요").contains("\"kind\":\"job-printed\"");
		});
	}

	@Test
	void aJamTellsThePagesPrintedAndThePointsGivenBack() {
		long member = member();
		String token = MorningIntegrationTests.fcmToken();
		this.pushDevices.registerDevice(member, DevicePlatform.FCM, token);

		PrintJob job = this.jobs.create(member, new JobOptions(upload(member, 4), 1, false, null, null));
		print(member, job, 1, "Paper jam");

		await().atMost(Duration.ofSeconds(30)).until(() -> mocks.accepted(token) > 0);
		assertThat(mocks.sent.get(token)).singleElement()
			.satisfies((body) -> assertThat(body).contains("출력이 중간에 멈췄어요")
				.contains("프린터에 용지가 걸렸어요.")
				.contains("1쪽을 출력했어요")
				.contains((job.points() / 4 * 3) + " 포인트는 돌려드렸어요")
				.contains("The paper jammed in the printer.")
				.contains("\"kind\":\"job-failed\""));
	}

	@Test
	void aJobThatPrintedNothingSaysItDidNotPrintAndWhyInTheMembersTermsAsTheSiteDoes() {
		long member = member();
		String token = MorningIntegrationTests.fcmToken();
		this.pushDevices.registerDevice(member, DevicePlatform.FCM, token);

		PrintJob job = this.jobs.create(member, new JobOptions(upload(member, 2), 1, false, null, null));
		this.jobs.release(member, job.id(), this.printer.code());
		this.printerJobs.claimNext(this.printer.printerId()).orElseThrow();
		this.printerJobs.fail(this.printer.printerId(), job.id(), 0, "PAPER_OUT",
				"The printer aborted the job (media-empty)");

		await().atMost(Duration.ofSeconds(30)).until(() -> mocks.accepted(token) > 0);
		assertThat(mocks.sent.get(token)).singleElement()
			.satisfies((body) -> assertThat(body).contains("출력하지 못했어요")
				.contains("Not printed")
				.contains("프린터에 용지가 떨어졌어요.")
				.contains("The printer is out of paper.")
				.contains(job.points() + " 포인트를 모두 돌려드렸어요")
				.doesNotContain("중간에")
				.doesNotContain("part way")
				.doesNotContain("media-empty")
				.contains("\"kind\":\"job-failed\""));
	}

	private void print(long member, PrintJob job, int sides, String failure) {
		this.jobs.release(member, job.id(), this.printer.code());
		this.printerJobs.claimNext(this.printer.printerId()).orElseThrow();
		this.printerJobs.download(this.printer.printerId(), job.id(), new ByteArrayOutputStream());
		if (failure == null) {
			this.printerJobs.complete(this.printer.printerId(), job.id(), sides);
		}
		else {
			this.printerJobs.fail(this.printer.printerId(), job.id(), sides, failure);
		}
	}

	private long upload(long member, int pages) {
		return this.documents.upload(member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(pages))).id();
	}

	private long member() {
		long member = this.members
			.enrolVerified(new Registration(TestAccounts.uniqueEmail("job-push"), TestAccounts.PASSWORD, "Push Member",
					1, "Physics", 2024, Gender.FEMALE, 2005))
			.id();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member).available() == 500);
		return member;
	}

}
