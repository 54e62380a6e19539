package com.adtopaper.agent;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import com.adtopaper.IntegrationTest;
import com.adtopaper.IppEvePrinter;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Document;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.PrintingExceptions.DuplexUnsupported;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.internal.HouseAdBand;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The whole way from a member's upload to paper: the real application on its port, the
 * agent JAR as a partner runs it ({@code java -jar}, a process of its own), and CUPS'
 * ippeveprinter as the printer. What the printer received is read back: every page
 * printed, in order, each with the ad in its band.
 */
@IntegrationTest
class PrinterAgentEndToEndTests {

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

	@TempDir
	Path directory;

	long member;

	PrinterCredentials printer;

	String agentLog = "";

	@BeforeEach
	void memberAndPrinter() {
		this.member = this.accounts
			.create(TestAccounts.uniqueEmail("agent"), TestAccounts.PASSWORD, "Agent Member", Role.MEMBER)
			.id();
		this.points.grant(this.member, 1_000, "test-grant:" + this.member, "Test points");
		this.printer = TestPrinters.newPrinter(this.accounts, this.printers, "Copy Shop", null, "Counter");
	}

	@Test
	void aReleasedJobPrintsOnTheIppPrinterWithTheAdOnEveryPageAndEverySideIsCharged() throws Exception {
		try (IppEvePrinter ipp = IppEvePrinter.start(this.directory, 700)) {
			Set<Integer> counts = new ConcurrentSkipListSet<>();
			PrintJob done = printWithAgent(ipp, counts);

			assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
			assertThat(done.pagesPrinted()).isEqualTo(6);
			assertThat(counts).as("the member sees pages counted while they print")
				.anyMatch((count) -> count > 0 && count < 6);
			assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 6 * 10, 0));

			assertThat(this.agentLog).as("one line for each step of the job")
				.contains("INFO Job " + done.id() + ": received, 6 sides")
				.contains("INFO Job " + done.id() + ": sent to the printer")
				.containsPattern("INFO Job " + done.id() + ": [1-5] of 6 sides printed")
				.contains("INFO Job " + done.id() + ": completed, 6 of 6 sides printed")
				.contains("INFO Printer: online");

			assertThat(ipp.received()).hasSize(1);
			try (PDDocument received = Loader.loadPDF(ipp.received().getFirst().toFile())) {
				assertThat(received.getNumberOfPages()).isEqualTo(6);
				BufferedImage houseAd = ImageIO.read(new ByteArrayInputStream(HouseAdBand.png()));
				for (int i = 0; i < 6; i++) {
					assertThat(text(received, i + 1)).contains("Page " + (i % 3 + 1));
					assertThat(bandsOn(received.getPage(i))).as("the ad band of page %d", i + 1)
						.singleElement()
						.satisfies((band) -> assertThat(samePixels(band, houseAd)).isTrue());
				}
			}
		}
	}

	@Test
	void aJamHalfwayFailsTheJobWithThePagesPrintedAndTheRestGoBack() throws Exception {
		try (IppEvePrinter ipp = IppEvePrinter.jamming(this.directory, 300, 2)) {
			PrintJob failed = printWithAgent(ipp, new ConcurrentSkipListSet<>());

			assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
			assertThat(failed.pagesPrinted()).isEqualTo(2);
			assertThat(failed.failure()).as("the printer's words, for partners and operators").isEqualTo("Paper jam");
			assertThat(failed.failureReason()).as("what the member is told").isEqualTo(FailureReason.PAPER_JAM);
			assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 2 * 10, 0));
			assertThat(this.agentLog).contains("INFO Job " + failed.id() + ": failed, 2 of 6 sides printed: ")
				.contains("(Paper jam)");
		}
	}

	@Test
	void theAgentLogsThePrinterGoingAway() throws Exception {
		IppEvePrinter ipp = IppEvePrinter.start(this.directory, 300);
		try (AgentProcess agent = AgentProcess.start(this.directory, settings(ipp))) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.printers.get(this.printer.printerId()).status().canPrint());
			ipp.close();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> agent.output().contains("INFO Printer: online -> offline"));
		}
		finally {
			ipp.close();
		}
	}

	private Map<String, String> settings(IppEvePrinter ipp) {
		return Map.of("server", "http://localhost:" + this.port, "key-id", this.printer.keyId(), "secret",
				this.printer.secret(), "printer", ipp.uri().toString(), "poll-wait", "5", "heartbeat", "1");
	}

	@Test
	void aCodeTypedAtTheAgentsKioskPrintsTheJobAndAWrongCodeOrAnotherSitesRequestPrintsNothing() throws Exception {
		int kioskPort;
		try (ServerSocket free = new ServerSocket(0)) {
			kioskPort = free.getLocalPort();
		}
		HttpClient http = HttpClient.newHttpClient();
		String kiosk = "http://127.0.0.1:" + kioskPort;
		try (IppEvePrinter ipp = IppEvePrinter.start(this.directory, 300)) {
			// the longest poll: the release has to wake it, or the job waits 25 s
			Map<String, String> settings = Map.of("server", "http://localhost:" + this.port, "key-id",
					this.printer.keyId(), "secret", this.printer.secret(), "printer", ipp.uri().toString(), "poll-wait",
					"25", "heartbeat", "1", "kiosk-port", Integer.toString(kioskPort));
			try (AgentProcess agent = AgentProcess.start(this.directory, settings)) {
				await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
					assertThat(agent.isAlive()).as("the agent runs: %s", agent.output()).isTrue();
					return this.printers.get(this.printer.printerId()).status().canPrint() && http
						.send(HttpRequest.newBuilder(URI.create(kiosk + "/")).build(), BodyHandlers.ofString())
						.statusCode() == 200;
				});
				HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(kiosk + "/")).build(),
						BodyHandlers.ofString());
				Matcher token = Pattern.compile("name=\"kiosk-token\" content=\"([^\"]+)\"").matcher(page.body());
				assertThat(token.find()).isTrue();

				String name = "강의 노트 <3>.pdf";
				Document document = this.documents.upload(this.member, name, new ByteArrayInputStream(Pdfs.text(2)));
				PrintJob job = this.jobs.create(this.member, new JobOptions(document.id(), 1, false, null, null));
				String wrong = job.releaseCode().equals("999999") ? "999998" : "999999";

				HttpResponse<String> mistyped = kioskRelease(http, kiosk, token.group(1), kiosk, wrong);
				assertThat(mistyped.statusCode()).isEqualTo(404);
				assertThat(mistyped.body()).contains("wrong-code");
				HttpResponse<String> crossSite = kioskRelease(http, kiosk, token.group(1), "https://ads.example",
						job.releaseCode());
				assertThat(crossSite.statusCode()).isEqualTo(403);
				assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);

				HttpResponse<String> released = kioskRelease(http, kiosk, token.group(1), kiosk, job.releaseCode());
				long releasedAt = System.nanoTime();
				assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
				assertThat(released.body()).doesNotContain("<3>");
				assertThat(Json.object(released.body())).containsEntry("documentName", name)
					.containsEntry("id", job.id());

				Set<String> seen = new ConcurrentSkipListSet<>();
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
					String status = (String) Json
						.object(http.send(HttpRequest.newBuilder(URI.create(kiosk + "/api/jobs/" + job.id()))
							.header(Kiosk.TOKEN_HEADER, token.group(1))
							.build(), BodyHandlers.ofString()).body())
						.get("status");
					if (!"RELEASED".equals(status) && seen.isEmpty()) {
						assertThat(Duration.ofNanos(System.nanoTime() - releasedAt))
							.as("the agent's waiting poll was woken by the release")
							.isLessThan(Duration.ofSeconds(15));
					}
					seen.add(status);
					return "COMPLETED".equals(status) || "FAILED".equals(status);
				});
				assertThat(seen).contains("COMPLETED").doesNotContain("FAILED");
				assertThat(this.jobs.get(this.member, job.id()).pagesPrinted()).isEqualTo(2);
				assertThat(ipp.received()).as("only the job whose code was right printed").hasSize(1);
				try (PDDocument received = Loader.loadPDF(ipp.received().getFirst().toFile())) {
					assertThat(received.getNumberOfPages()).isEqualTo(2);
				}
			}
		}
	}

	@Test
	void aDuplexJobOnAOneSidedPrinterIsOfferedOneSidedAtItsPriceAndPrintsOneSided() throws Exception {
		try (IppEvePrinter ipp = IppEvePrinter.start(this.directory, 100)) {
			PrintJob done = printWithAgent(ipp, (printer) -> {
				assertThat(printer.capabilities()).as("what the agent read from the printer").isNotNull();
				assertThat(printer.capabilities().duplex()).isFalse();
				assertThat(printer.capabilities().formats()).contains("application/pdf");
				assertThat(printer.simplexOnly()).isTrue();
			}, (job) -> {
				assertThatExceptionOfType(DuplexUnsupported.class)
					.isThrownBy(() -> this.jobs.release(this.member, job.id(), this.printer.code()))
					.withMessageContaining("6 pages for 60 points")
					.withMessageContaining("단면");
				assertThat(this.jobs.get(this.member, job.id()).status()).isEqualTo(JobStatus.HELD);
				PrintJob released = this.jobs.release(this.member, job.id(), this.printer.code(), true);
				assertThat(released.duplex()).isFalse();
				assertThat(released.points()).isEqualTo(60);
			});

			assertThat(done.status()).as(done.failure()).isEqualTo(JobStatus.COMPLETED);
			assertThat(done.duplex()).isFalse();
			assertThat(done.pagesPrinted()).isEqualTo(6);
			assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 6 * 10, 0));
			assertThat(ipp.received()).hasSize(1);
			try (PDDocument received = Loader.loadPDF(ipp.received().getFirst().toFile())) {
				assertThat(received.getNumberOfPages()).as("one side a sheet, no blank backs").isEqualTo(6);
			}
		}
	}

	@Test
	void duplexCopiesOnADuplexPrinterEachStartOnASheetOfTheirOwnAndTheBlankBackIsNotCharged() throws Exception {
		try (IppEvePrinter ipp = IppEvePrinter.duplex(this.directory, 100)) {
			PrintJob done = printWithAgent(ipp, (printer) -> {
				assertThat(printer.capabilities()).isNotNull();
				assertThat(printer.capabilities().duplex()).isTrue();
				assertThat(printer.simplexOnly()).isFalse();
			}, (job) -> assertThat(this.jobs.release(this.member, job.id(), this.printer.code()).duplex()).isTrue());

			assertThat(done.status()).as(done.failure()).isEqualTo(JobStatus.COMPLETED);
			assertThat(done.duplex()).isTrue();
			assertThat(done.pagesPrinted()).isEqualTo(6);
			assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 6 * 10, 0));
			try (PDDocument received = Loader.loadPDF(ipp.received().getFirst().toFile())) {
				// sheet 1: pages 1, 2; sheet 2: page 3 and a blank back; sheets 3, 4:
				// copy 2
				assertThat(received.getNumberOfPages()).isEqualTo(7);
				int[] pages = { 1, 2, 3, 0, 1, 2, 3 };
				for (int i = 0; i < 7; i++) {
					if (pages[i] == 0) {
						assertThat(text(received, i + 1)).as("the blank back").isBlank();
						assertThat(bandsOn(received.getPage(i))).as("no ad on the blank back").isEmpty();
					}
					else {
						assertThat(text(received, i + 1)).contains("Page " + pages[i]);
						assertThat(bandsOn(received.getPage(i))).as("the ad band of side %d", i + 1).hasSize(1);
					}
				}
			}
		}
	}

	@Test
	void aHandInSafeDuplexJobPrintsItsAdOnACoverSheetWithABlankBackAndNoneOnItsPages() throws Exception {
		try (IppEvePrinter ipp = IppEvePrinter.duplex(this.directory, 100)) {
			Set<Integer> counts = new ConcurrentSkipListSet<>();
			PrintJob done = printWithAgent(ipp, counts, true, true, (printer) -> {
			}, (job) -> this.jobs.release(this.member, job.id(), this.printer.code()));

			assertThat(done.status()).as(done.failure()).isEqualTo(JobStatus.COMPLETED);
			assertThat(done.coverSheet()).isTrue();
			// the cover and its blank back, then two copies of three pages, a blank back
			// between them: 9 impressions, 7 sides
			assertThat(done.pagesPrinted()).isEqualTo(7);
			assertThat(counts).allMatch((count) -> count <= 7);
			// the cover at a side's points, the six pages at the points of a side without
			// an ad
			assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 10 - 6 * 20, 0));
			try (PDDocument received = Loader.loadPDF(ipp.received().getFirst().toFile())) {
				assertThat(received.getNumberOfPages()).isEqualTo(9);
				assertThat(text(received, 1)).contains("Take this sheet off").contains("제출하기 전에");
				assertThat(bandsOn(received.getPage(0))).as("the cover's band").hasSize(1);
				int[] pages = { -1, 0, 1, 2, 3, 0, 1, 2, 3 };
				for (int i = 1; i < 9; i++) {
					assertThat(bandsOn(received.getPage(i))).as("no ad on sheet side %d", i + 1).isEmpty();
					if (pages[i] == 0) {
						assertThat(text(received, i + 1)).as("a blank back").isBlank();
					}
					else {
						assertThat(text(received, i + 1)).contains("Page " + pages[i]);
					}
				}
			}
		}
	}

	private static HttpResponse<String> kioskRelease(HttpClient http, String kiosk, String token, String origin,
			String code) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(kiosk + "/api/release"))
			.header("Content-Type", "application/json")
			.header("Origin", origin)
			.header(Kiosk.TOKEN_HEADER, token)
			.POST(BodyPublishers.ofString("{\"code\":\"" + code + "\"}"))
			.build(), BodyHandlers.ofString());
	}

	@Test
	void aDuplexJobReleasedBeforeTheAgentToldWhatThePrinterCanDoStillPrintsOnAOneSidedPrinter() throws Exception {
		// an older agent's heartbeat: the printer can print, what it can do is unknown
		this.printers.report(this.printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		Document document = this.documents.upload(this.member, "lecture.pdf", new ByteArrayInputStream(Pdfs.text(3)));
		PrintJob job = this.jobs.create(this.member, new JobOptions(document.id(), 1, true, null, null));
		assertThat(this.jobs.release(this.member, job.id(), this.printer.code()).duplex()).isTrue();
		try (IppEvePrinter ipp = IppEvePrinter.start(this.directory, 100)) {
			Map<String, String> settings = Map.of("server", "http://localhost:" + this.port, "key-id",
					this.printer.keyId(), "secret", this.printer.secret(), "printer", ipp.uri().toString(), "poll-wait",
					"5", "heartbeat", "1");
			try (AgentProcess agent = AgentProcess.start(this.directory, settings)) {
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
					assertThat(agent.isAlive()).as("the agent runs: %s", agent.output()).isTrue();
					return this.jobs.get(this.member, job.id()).status().finished();
				});
				PrintJob done = this.jobs.get(this.member, job.id());
				assertThat(done.status()).as("the printer did not refuse it: %s", done.failure())
					.isEqualTo(JobStatus.COMPLETED);
				assertThat(done.pagesPrinted()).isEqualTo(3);
				assertThat(this.points.balance(this.member)).isEqualTo(new Balance(1_000 - 3 * 10, 0));
			}
		}
	}

	private PrintJob printWithAgent(IppEvePrinter ipp, Set<Integer> counts) throws Exception {
		return printWithAgent(ipp, counts, false, false, (printer) -> {
		}, (job) -> this.jobs.release(this.member, job.id(), this.printer.code()));
	}

	/** A duplex job of three pages twice, released as {@code release} does it. */
	private PrintJob printWithAgent(IppEvePrinter ipp, Consumer<Printer> ready, Consumer<PrintJob> release)
			throws Exception {
		return printWithAgent(ipp, new ConcurrentSkipListSet<>(), true, false, ready, release);
	}

	/**
	 * Runs the agent JAR, as a partner does, against the printer while the member prints
	 * three pages twice (with a cover sheet in front if {@code coverSheet}); the job once
	 * it is over, each count of sides printed the member saw on the way. {@code ready}
	 * sees the printer once its heartbeat says it can print; {@code release} releases the
	 * job.
	 */
	private PrintJob printWithAgent(IppEvePrinter ipp, Set<Integer> counts, boolean duplex, boolean coverSheet,
			Consumer<Printer> ready, Consumer<PrintJob> release) throws Exception {
		try (AgentProcess agent = AgentProcess.start(this.directory, settings(ipp))) {
			// the agent's heartbeat is what lets members release jobs to the printer
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				assertThat(agent.isAlive()).as("the agent runs: %s", agent.output()).isTrue();
				return this.printers.get(this.printer.printerId()).status().canPrint();
			});
			ready.accept(this.printers.get(this.printer.printerId()));

			Document document = this.documents.upload(this.member, "lecture.pdf",
					new ByteArrayInputStream(Pdfs.text(3)));
			PrintJob job = this.jobs.create(this.member,
					new JobOptions(document.id(), 2, duplex, null, null, coverSheet));
			assertThat(job.sides()).isEqualTo(coverSheet ? 7 : 6);
			release.accept(job);

			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
				PrintJob now = this.jobs.get(this.member, job.id());
				counts.add(now.pagesPrinted());
				return now.status().finished();
			});
			this.agentLog = agent.output();
			return this.jobs.get(this.member, job.id());
		}
	}

	private static String text(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	/**
	 * The images drawn over the bottom band of the page, the full width of an A4 page.
	 */
	private static List<BufferedImage> bandsOn(PDPage page) throws IOException {
		List<BufferedImage> bands = new ArrayList<>();
		float width = page.getMediaBox().getWidth();
		float bandHeight = width * 590 / 2480;
		new PDFStreamEngine() {

			{
				addOperator(new Concatenate(this));
				addOperator(new Save(this));
				addOperator(new Restore(this));
				addOperator(new SetMatrix(this));
			}

			@Override
			protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
				if ("Do".equals(operator.getName())) {
					PDXObject object = getResources().getXObject((COSName) operands.getFirst());
					Matrix at = getGraphicsState().getCurrentTransformationMatrix();
					if (object instanceof PDImageXObject image && near(at.getTranslateX(), 0)
							&& near(at.getTranslateY(), 0) && near(at.getScalingFactorX(), width)
							&& near(at.getScalingFactorY(), bandHeight)) {
						bands.add(image.getImage());
					}
					else if (object instanceof PDFormXObject form) {
						showForm(form);
					}
				}
				else {
					super.processOperator(operator, operands);
				}
			}

		}.processPage(page);
		return bands;
	}

	private static boolean near(float value, float expected) {
		return Math.abs(value - expected) < 0.5f;
	}

	private static boolean samePixels(BufferedImage a, BufferedImage b) {
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
			return false;
		}
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
					return false;
				}
			}
		}
		return true;
	}

}
