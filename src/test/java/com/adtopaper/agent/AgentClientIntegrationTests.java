package com.adtopaper.agent;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.Pdfs;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's client against the real printer API, route by route: what the server says
 * it understands, and what the agent does with its answers.
 */
@IntegrationTest
class AgentClientIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	Printers printers;

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Test
	void heartbeatsPollsDownloadsAndReportsAsTheServerExpects() throws Exception {
		long member = this.accounts
			.create(TestAccounts.uniqueEmail("client"), TestAccounts.PASSWORD, "Client Member", Role.MEMBER)
			.id();
		this.points.grant(member, 100, "test-grant:" + member, "Test points");
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("client-partner"), TestAccounts.PASSWORD, "Shop", Role.PARTNER)
			.id();
		PrinterCredentials printer = this.printers.register(this.printers.addSite(partner, "Shop", "Seoul", null),
				"Desk");
		PrinterApi api = new PrinterApi(URI.create("http://localhost:" + this.port),
				new RequestSigner(printer.keyId(), printer.secret()), HttpClient.newHttpClient());

		api.heartbeat(PrinterHealth.of("stopped", List.of("media-jam", "toner-low-report")));
		assertThat(this.printers.get(printer.printerId()).status())
			.isEqualTo(new PrinterStatus(PrinterState.ERROR, Supply.OK, Supply.LOW, List.of("PAPER_JAM")));
		api.heartbeat(PrinterHealth.of("idle", List.of("none")));
		assertThat(this.printers.get(printer.printerId()).status().canPrint()).isTrue();

		assertThat(api.nextJob(Duration.ofSeconds(1))).isEmpty();

		PrintJob job = this.jobs.create(member,
				new JobOptions(this.documents.upload(member, "two.pdf", new ByteArrayInputStream(Pdfs.text(2))).id(), 1,
						false, null, null));
		this.jobs.release(member, job.id(), printer.code());
		AgentJob claimed = api.nextJob(Duration.ofSeconds(5)).orElseThrow();
		assertThat(claimed).isEqualTo(new AgentJob(job.id(), 2, false, 0));

		Path pdf = api.download(claimed).orElseThrow();
		try (var document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
		}
		finally {
			Files.delete(pdf);
		}

		api.progress(job.id(), 1);
		// the same count again, as after a retry whose first answer was lost: a 409, and
		// the agent goes on
		api.progress(job.id(), 1);
		api.complete(job.id(), 2);
		PrintJob done = this.jobs.get(member, job.id());
		assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
		assertThat(done.pagesPrinted()).isEqualTo(2);
	}

}
