package com.adtopaper.printing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.points.PointsExceptions.InsufficientPoints;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.PrintingExceptions.InvalidReport;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import com.adtopaper.printing.PrintingExceptions.PrinterUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The journey of a print job through the domain: held with its points, released, claimed
 * by exactly one request, printed in part, the rest given back.
 */
@IntegrationTest
class PrintJobsIntegrationTests {

	static final PrinterStatus READY = new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of());

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

	@Autowired
	MeterRegistry meters;

	long member;

	PrinterCredentials printer;

	PrinterCredentials otherPrinter;

	@BeforeEach
	void memberAndPrinters() {
		this.member = this.accounts
			.create(TestAccounts.uniqueEmail("printing"), TestAccounts.PASSWORD, "Printer User", Role.MEMBER)
			.id();
		this.points.grant(this.member, 1_000, "test-grant:" + this.member, "Test points");
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		long site = this.printers.addSite(partner, "Central Library", "Seoul", 1L);
		this.printer = this.printers.register(site, "Library 1F");
		this.otherPrinter = this.printers.register(site, "Library 2F");
		this.printers.report(this.printer.printerId(), READY);
		this.printers.report(this.otherPrinter.printerId(), READY);
	}

	@Test
	void aJobPrintsSevenOfTenPagesAndTheOtherThreeGoBack() throws IOException {
		double created = jobs("created");
		double completed = jobs("completed");
		double sides = this.meters.get("adtopaper.printing.sides").counter().count();
		Document document = upload(10);
		PrintJob job = this.jobs.create(this.member, new JobOptions(document.id(), 1, false, null, null));
		assertThat(job.sides()).isEqualTo(10);
		assertThat(job.points()).isEqualTo(100);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(900, 100));

		this.jobs.release(this.member, job.id(), this.printer.code());
		PrintJob claimed = this.printerJobs.claimNext(this.printer.printerId()).orElseThrow();
		assertThat(claimed.status()).isEqualTo(JobStatus.CLAIMED);

		var pdf = new ByteArrayOutputStream();
		this.printerJobs.download(this.printer.printerId(), job.id(), pdf);
		try (var printed = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(printed.getNumberOfPages()).isEqualTo(10);
			var text = new PDFTextStripper();
			text.setStartPage(7);
			text.setEndPage(7);
			assertThat(text.getText(printed)).contains("Page 7");
		}

		this.printerJobs.progress(this.printer.printerId(), job.id(), 3);
		this.printerJobs.progress(this.printer.printerId(), job.id(), 7);
		PrintJob done = this.printerJobs.complete(this.printer.printerId(), job.id(), 7);
		assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
		assertThat(done.pagesPrinted()).isEqualTo(7);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(930, 0));
		// what the operators' dashboard counts of it
		assertThat(jobs("created") - created).isEqualTo(1);
		assertThat(jobs("completed") - completed).isEqualTo(1);
		assertThat(this.meters.get("adtopaper.printing.sides").counter().count() - sides).isEqualTo(7);
	}

	private double jobs(String event) {
		return this.meters.get("adtopaper.printing.jobs").tag("event", event).counter().count();
	}

	@Test
	void ofTwentyRequestsAtOnceExactlyOneClaimsTheJob() throws Exception {
		PrintJob job = this.jobs.create(this.member, new JobOptions(upload(2).id(), 1, false, null, null));
		this.jobs.release(this.member, job.id(), this.printer.code());
		var start = new CountDownLatch(1);
		try (var threads = Executors.newFixedThreadPool(20)) {
			Callable<Optional<PrintJob>> poll = () -> {
				start.await();
				return this.printerJobs.claimNext(this.printer.printerId());
			};
			List<Future<Optional<PrintJob>>> polls = java.util.stream.IntStream.range(0, 20)
				.mapToObj((i) -> threads.submit(poll))
				.toList();
			start.countDown();
			int claimed = 0;
			for (Future<Optional<PrintJob>> result : polls) {
				claimed += result.get().isPresent() ? 1 : 0;
			}
			assertThat(claimed).isOne();
		}
		assertThat(this.printerJobs.claimNext(this.otherPrinter.printerId())).isEmpty();
	}

	@Test
	void aPrinterReportsOnlyOnItsOwnJobsAndOnlyForward() throws IOException {
		PrintJob job = this.jobs.create(this.member, new JobOptions(upload(4).id(), 1, false, null, null));
		this.jobs.release(this.member, job.id(), this.printer.code());
		this.printerJobs.claimNext(this.printer.printerId()).orElseThrow();

		assertThatExceptionOfType(NoSuchJob.class)
			.isThrownBy(() -> this.printerJobs.progress(this.otherPrinter.printerId(), job.id(), 1));
		assertThatExceptionOfType(NoSuchJob.class).isThrownBy(
				() -> this.printerJobs.download(this.otherPrinter.printerId(), job.id(), new ByteArrayOutputStream()));
		this.printerJobs.progress(this.printer.printerId(), job.id(), 3);
		assertThatExceptionOfType(InvalidReport.class)
			.isThrownBy(() -> this.printerJobs.progress(this.printer.printerId(), job.id(), 2))
			.withMessageContaining("out of order");
		assertThatExceptionOfType(InvalidReport.class)
			.isThrownBy(() -> this.printerJobs.progress(this.printer.printerId(), job.id(), 3))
			.withMessageContaining("reported already");
		assertThatExceptionOfType(InvalidReport.class)
			.isThrownBy(() -> this.printerJobs.complete(this.printer.printerId(), job.id(), 5));
		this.printerJobs.fail(this.printer.printerId(), job.id(), 3, "Paper jam");
		assertThatExceptionOfType(JobStateConflict.class)
			.isThrownBy(() -> this.printerJobs.complete(this.printer.printerId(), job.id(), 4));
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(970, 0));
	}

	@Test
	void aJobNobodyReleasesExpiresAndGivesItsPointsBack() throws IOException {
		PrintJob job = this.jobs.create(this.member, new JobOptions(upload(3).id(), 2, true, 2, 3));
		assertThat(job.sides()).isEqualTo(4);
		this.jdbc.update("update print_jobs set expires_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), job.id());
		await().atMost(Duration.ofSeconds(45))
			.until(() -> this.jobs.get(this.member, job.id()).status() == JobStatus.EXPIRED);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000, 0));
	}

	@Test
	void nothingIsHeldForAJobThatCannotBeMadeOrPrinted() throws IOException {
		Document document = upload(6);
		assertThatExceptionOfType(PrintingExceptions.InvalidJob.class)
			.isThrownBy(() -> this.jobs.create(this.member, new JobOptions(document.id(), 1, false, 2, 7)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("lastPage"));
		assertThatExceptionOfType(PrintingExceptions.InvalidJob.class)
			.isThrownBy(() -> this.jobs.create(this.member, new JobOptions(document.id(), 0, false, null, null)));
		// 20 copies of 6 pages cost 1,200 points of the 1,000 there are
		assertThatExceptionOfType(InsufficientPoints.class)
			.isThrownBy(() -> this.jobs.create(this.member, new JobOptions(document.id(), 20, false, null, null)));
		assertThat(this.jdbc.queryForObject("select count(*) from print_jobs where member_id = ?", Integer.class,
				this.member))
			.isZero();
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000, 0));

		PrintJob job = this.jobs.create(this.member, new JobOptions(document.id(), 1, false, null, null));
		this.printers.report(this.printer.printerId(),
				new PrinterStatus(PrinterState.ERROR, Supply.OK, Supply.OK, List.of("PAPER_JAM")));
		assertThatExceptionOfType(PrinterUnavailable.class)
			.isThrownBy(() -> this.jobs.release(this.member, job.id(), this.printer.code()));
		assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);
		long stranger = this.accounts
			.create(TestAccounts.uniqueEmail("stranger"), TestAccounts.PASSWORD, "Stranger", Role.MEMBER)
			.id();
		assertThatExceptionOfType(NoSuchJob.class).isThrownBy(() -> this.jobs.cancel(stranger, job.id()));
		this.jobs.cancel(this.member, job.id());
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000, 0));
	}

	private Document upload(int pages) {
		return this.documents.upload(this.member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(pages)));
	}

}
