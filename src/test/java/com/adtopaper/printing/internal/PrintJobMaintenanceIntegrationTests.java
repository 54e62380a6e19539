package com.adtopaper.printing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Document;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens to jobs nobody looks after, now that the maintenance is printing's own: a
 * job nobody released gives its points back; a job its printer went silent on goes back
 * to the printer if nothing printed, else fails and charges only what printed.
 */
@IntegrationTest
class PrintJobMaintenanceIntegrationTests {

	@Autowired
	PrintJobMaintenance maintenance;

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Autowired
	PrinterJobs printerJobs;

	@Autowired
	Printers printers;

	@Autowired
	Points points;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	long member;

	PrinterCredentials printer;

	@BeforeEach
	void memberAndPrinter() {
		this.member = this.accounts
			.create(TestAccounts.uniqueEmail("maintenance"), TestAccounts.PASSWORD, "Forgetful User", Role.MEMBER)
			.id();
		this.points.grant(this.member, 1_000, "test-grant:" + this.member, "Test points");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(this.member).available() >= 1_000);
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		this.printer = this.printers.register(this.printers.addSite(partner, "Dormitory", "Seoul", 1L), "Lobby");
		this.printers.report(this.printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
	}

	@Test
	void aJobNobodyReleasedInTimeExpiresAndGivesItsPointsBack() {
		PrintJob job = newJob(3);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(970, 30));
		this.jdbc.update("update print_jobs set expires_at = utc_timestamp(6) - interval 1 minute where id = ?",
				job.id());

		this.maintenance.run();

		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.EXPIRED);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000, 0));
	}

	@Test
	void aSilentJobGoesBackToItsPrinterUntilItHasPrintedSomething() {
		PrintJob job = newJob(4);
		this.jobs.release(this.member, job.id(), this.printer.code());
		this.printerJobs.claimNext(this.printer.printerId()).orElseThrow();
		silent(job);

		this.maintenance.run();

		assertThat(this.jobs.get(this.member, job.id()).status()).as("nothing printed: it waits again")
			.isEqualTo(JobStatus.RELEASED);
		assertThat(this.printerJobs.claimNext(this.printer.printerId()))
			.hasValueSatisfying((claimed) -> assertThat(claimed.id()).isEqualTo(job.id()));
		this.printerJobs.download(this.printer.printerId(), job.id(), new ByteArrayOutputStream());
		this.printerJobs.progress(this.printer.printerId(), job.id(), 1);
		silent(job);

		this.maintenance.run();

		PrintJob failed = this.jobs.get(this.member, job.id());
		assertThat(failed.status()).as("a side printed: it fails").isEqualTo(JobStatus.FAILED);
		assertThat(failed.failure()).isEqualTo("The printer stopped answering.");
		assertThat(failed.failureReason()).as("what the member is told").isEqualTo(FailureReason.OFFLINE);
		assertThat(this.points.balance(this.member)).as("one side charged, three given back")
			.isEqualTo(new Balance(990, 0));
	}

	private PrintJob newJob(int pages) {
		Document document = this.documents.upload(this.member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(pages)));
		return this.jobs.create(this.member, new JobOptions(document.id(), 1, false, null, null));
	}

	private void silent(PrintJob job) {
		this.jdbc.update("update print_jobs set last_report_at = utc_timestamp(6) - interval 1 hour where id = ?",
				job.id());
	}

}
