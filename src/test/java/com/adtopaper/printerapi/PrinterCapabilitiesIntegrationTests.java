package com.adtopaper.printerapi;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCapabilities;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.PrintingExceptions.DuplexUnsupported;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a printer can do comes with its heartbeat and decides how a duplex job prints: a
 * printer that prints one side only gets it one-sided (by code at the printer at once, by
 * the member once they accept), a printer whose capabilities are unknown blocks nothing,
 * and duplex copies of an odd page count each start on a sheet of their own.
 */
@IntegrationTest
class PrinterCapabilitiesIntegrationTests {

	static final String SIMPLEX = """
			{"state":"ONLINE","paper":"OK","toner":"OK","errors":[],
			 "capabilities":{"sides":["one-sided"],"color":true,"media":["iso_a4_210x297mm","na_letter_8.5x11in"],
			                 "formats":["application/pdf","image/pwg-raster"]}}""";

	static final String ONLINE = "{\"state\":\"ONLINE\",\"paper\":\"OK\",\"toner\":\"OK\",\"errors\":[]}";

	@LocalServerPort
	int port;

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

	HttpClient http = SignedPrinterClient.newHttpClient();

	long member;

	PrinterCredentials printer;

	SignedPrinterClient agent;

	@BeforeEach
	void memberAndPrinter() {
		this.member = this.accounts
			.create(TestAccounts.uniqueEmail("caps"), TestAccounts.PASSWORD, "Caps Member", Role.MEMBER)
			.id();
		this.points.grant(this.member, 1_000, "test-grant:" + this.member, "Test points");
		this.printer = TestPrinters.newPrinter(this.accounts, this.printers, "Library", 1L, "1F");
		this.agent = new SignedPrinterClient(this.http, URI.create("http://localhost:" + this.port),
				this.printer.keyId(), this.printer.secret());
	}

	@Test
	void theHeartbeatsCapabilitiesAreKeptAndAHeartbeatWithoutThemMakesThemUnknown() throws Exception {
		HttpResponse<String> response = this.agent.post("/printer/v1/heartbeat", SIMPLEX);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).get("capabilities").get("sides").get(0).asString())
			.isEqualTo("one-sided");
		assertThat(this.printers.get(this.printer.printerId()).capabilities())
			.isEqualTo(new PrinterCapabilities(List.of("one-sided"), true,
					List.of("iso_a4_210x297mm", "na_letter_8.5x11in"), List.of("application/pdf", "image/pwg-raster")));
		assertThat(this.printers.get(this.printer.printerId()).simplexOnly()).isTrue();

		assertThat(this.agent.post("/printer/v1/heartbeat", ONLINE).statusCode()).isEqualTo(200);
		assertThat(this.printers.get(this.printer.printerId()).capabilities()).as("an older agent's heartbeat")
			.isNull();
		assertThat(this.printers.get(this.printer.printerId()).simplexOnly()).isFalse();

		HttpResponse<String> invalid = this.agent.post("/printer/v1/heartbeat",
				SIMPLEX.replace("\"one-sided\"", "\"one sided; DROP\""));
		assertThat(invalid.statusCode()).isEqualTo(400);
		JsonNode problem = this.json.readTree(invalid.body());
		assertThat(problem.get("errors").get(0).get("field").asString()).startsWith("capabilities.sides");
		HttpResponse<String> noColor = this.agent.post("/printer/v1/heartbeat", SIMPLEX.replace("\"color\":true,", ""));
		assertThat(noColor.statusCode()).isEqualTo(400);
		assertThat(this.printers.get(this.printer.printerId()).capabilities()).as("refused heartbeats change nothing")
			.isNull();
	}

	@Test
	void aDuplexJobTypedInAtAOneSidedPrinterPrintsOneSidedAtTheOneSidedPrice() throws Exception {
		assertThat(this.agent.post("/printer/v1/heartbeat", SIMPLEX).statusCode()).isEqualTo(200);
		PrintJob job = duplexJob();
		assertThatExceptionOfType(DuplexUnsupported.class)
			.isThrownBy(() -> this.jobs.release(this.member, job.id(), this.printer.code()))
			.withMessageContaining("6 pages for 60 points");

		HttpResponse<String> released = this.agent.post("/printer/v1/release",
				"{\"code\":\"" + job.releaseCode() + "\"}");
		assertThat(released.statusCode()).isEqualTo(200);
		JsonNode view = this.json.readTree(released.body());
		assertThat(view.get("status").asString()).isEqualTo("RELEASED");
		assertThat(view.get("duplex").asBoolean()).as("the printer's agent is told to print one side").isFalse();
		assertThat(view.get("blankBacks").asBoolean()).isFalse();
		PrintJob oneSided = this.jobs.get(this.member, job.id());
		assertThat(oneSided.duplex()).isFalse();
		assertThat(oneSided.points()).isEqualTo(60);

		String claimed = this.agent.get("/printer/v1/jobs/next?wait=0").body();
		assertThat(this.json.readTree(claimed).get("duplex").asBoolean()).isFalse();
		try (PDDocument pdf = download(job)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(6);
		}
		assertThat(this.agent.post("/printer/v1/jobs/" + job.id() + "/complete", "{\"pagesPrinted\":6}").statusCode())
			.isEqualTo(200);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 60, 0));
	}

	@Test
	void unknownCapabilitiesBlockNothingAndDuplexCopiesStartOnASheetOfTheirOwn() throws Exception {
		assertThat(this.agent.post("/printer/v1/heartbeat", ONLINE).statusCode()).isEqualTo(200);
		PrintJob job = duplexJob();
		PrintJob released = this.jobs.release(this.member, job.id(), this.printer.code());
		assertThat(released.status()).isEqualTo(JobStatus.RELEASED);
		assertThat(released.duplex()).isTrue();

		JsonNode claimed = this.json.readTree(this.agent.get("/printer/v1/jobs/next?wait=0").body());
		assertThat(claimed.get("duplex").asBoolean()).isTrue();
		assertThat(claimed.get("blankBacks").asBoolean()).isTrue();
		try (PDDocument pdf = download(job)) {
			assertThat(pdf.getNumberOfPages()).as("3 sides, a blank back, 3 sides").isEqualTo(7);
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(4);
			text.setEndPage(4);
			assertThat(text.getText(pdf)).isBlank();
			assertThat(pdf.getPage(3).getResources().getXObjectNames()).as("no ad on the blank back").isEmpty();
			text.setStartPage(5);
			text.setEndPage(5);
			assertThat(text.getText(pdf)).contains("Page 1");
		}
		String progress = "/printer/v1/jobs/" + job.id() + "/progress";
		assertThat(this.agent.post(progress, "{\"pagesPrinted\":7}").statusCode()).as("the blank is no side")
			.isEqualTo(409);
		assertThat(this.agent.post("/printer/v1/jobs/" + job.id() + "/complete", "{\"pagesPrinted\":6}").statusCode())
			.isEqualTo(200);
		assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 60, 0));
	}

	/** Three pages twice, both sides of each sheet: six sides, 60 points. */
	private PrintJob duplexJob() {
		long document = this.documents.upload(this.member, "notes.pdf", new ByteArrayInputStream(Pdfs.text(3))).id();
		PrintJob job = this.jobs.create(this.member, new JobOptions(document, 2, true, null, null));
		assertThat(job.sides()).isEqualTo(6);
		assertThat(job.points()).isEqualTo(60);
		return job;
	}

	private PDDocument download(PrintJob job) throws Exception {
		HttpResponse<byte[]> pdf = this.agent.download("/printer/v1/jobs/" + job.id() + "/document");
		assertThat(pdf.statusCode()).isEqualTo(200);
		return Loader.loadPDF(pdf.body());
	}

}
