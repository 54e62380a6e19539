package com.adtopaper.printerapi;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A printer's poll waits on one node; the job is released on another. */
@IntegrationTest
class PrinterWakeUpsIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Autowired
	Printers printers;

	@Autowired
	JsonMapper json;

	@Test
	void aPollOnOneNodeIsAnsweredWhenAJobIsReleasedOnAnother() throws Exception {
		long member = this.accounts
			.create(TestAccounts.uniqueEmail("wakeups"), TestAccounts.PASSWORD, "Member", Role.MEMBER)
			.id();
		this.points.grant(member, 100, "test-grant:" + member, "Test points");
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		long site = this.printers.addSite(partner, "Science Library", "Seoul", null);
		PrinterCredentials printer = this.printers.register(site, "Reading Room");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		long document = this.documents.upload(member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(1))).id();
		PrintJob job = this.jobs.create(member, new JobOptions(document, 1, false, null, null));

		TestServers servers = TestServers.get();
		try (var other = new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--server.port=0", "--adtopaper.roles=web",
					"--spring.datasource.url=" + servers.jdbcUrl(TestServers.DATABASE),
					"--spring.datasource.username=root", "--spring.datasource.password=",
					"--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(),
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=" + TestServers.RUN,
					"--adtopaper.queue.prefix=" + TestServers.RUN, "--adtopaper.blobs.store=local",
					"--adtopaper.blobs.local-directory=" + Files.createTempDirectory("other-node-blobs"))) {
			int port = ((WebServerApplicationContext) other).getWebServer().getPort();
			var agent = new SignedPrinterClient(SignedPrinterClient.newHttpClient(),
					URI.create("http://localhost:" + port), printer.keyId(), printer.secret());
			long start = System.nanoTime();
			CompletableFuture<HttpResponse<String>> poll = agent.getAsync("/printer/v1/jobs/next?wait=20");
			JobWaiters waiting = other.getBean(JobWaiters.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> waiting.size() == 1);

			this.jobs.release(member, job.id(), printer.code());
			HttpResponse<String> answer = poll.get(30, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(this.json.readTree(answer.body()).get("id").asString()).isEqualTo(job.id());
			// woken by the release on this node, not answered at the end of the wait
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
		}
	}

}
