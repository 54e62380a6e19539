package com.adtopaper.partner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestPrinters;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.Statements;
import com.adtopaper.settlement.internal.EarningsWriter;
import com.adtopaper.settlement.internal.EarningsWriter.Place;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The partners' site in a real headless Chromium (Debian's {@code chromium} and its
 * {@code chromedriver}, named by path so that Selenium downloads nothing): a partner logs
 * in, watches today's counter move within two seconds of a printed page without
 * reloading, and downloads a closed month's statement as a CSV and a PDF.
 */
@IntegrationTest
class PartnerBrowserIntegrationTests {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Printers printers;

	@Autowired
	EarningsWriter writer;

	@Autowired
	Statements statements;

	Path downloads;

	WebDriver browser;

	@BeforeEach
	void browser() throws IOException {
		this.downloads = Files.createTempDirectory("partner-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--lang=ko-KR", "--window-size=1280,1024");
		// a browser set to Korean: the language its pages are in
		options.setExperimentalOption("prefs",
				Map.of("intl.accept_languages", "ko-KR,ko", "download.default_directory", this.downloads.toString(),
						"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void close() throws IOException {
		this.browser.quit();
		try (Stream<Path> files = Files.walk(this.downloads)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	@Test
	void aPartnerSeesTheCounterMoveAfterAPrintAndDownloadsTheStatement() throws Exception {
		YearMonth month = this.statements.lastClosed().map((m) -> m.plusMonths(1)).orElse(YearMonth.of(2021, 1));
		Printer printer = this.printers
			.get(TestPrinters.onlinePrinter(this.accounts, this.printers, "중앙도서관", null, "2층").printerId());
		write(printer, month.atDay(3).atTime(10, 0).atZone(SEOUL).toInstant(), 2, 2_500);
		this.statements.close(month);

		this.browser.get(base() + "/login");
		this.browser.findElement(By.name("username")).sendKeys(email(printer));
		this.browser.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.urlToBe(base() + "/partner"));
		assertThat(this.browser.findElement(By.id("sidesToday")).getText()).isEqualTo("0");

		// a page printed: the counter moves without a reload, within two seconds
		Object marker = ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return window.notReloaded = 'yes';");
		write(printer, Instant.now(), 3, 1_000);
		new WebDriverWait(this.browser, Duration.ofSeconds(2))
			.until(ExpectedConditions.textToBe(By.id("sidesToday"), "3"));
		assertThat(this.browser.findElement(By.id("earnedToday")).getText()).isEqualTo("1,500");
		assertThat(((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("return window.notReloaded;"))
			.isEqualTo(marker);

		this.browser.findElement(By.linkText("정산서")).click();
		this.browser.findElement(By.linkText(month.toString())).click();
		assertThat(this.browser.findElement(By.id("total")).getText()).isEqualTo("₩2,500");
		this.browser.findElement(By.id("statement-csv")).click();
		this.browser.findElement(By.id("statement-pdf")).click();
		Path csv = this.downloads.resolve("statement-" + month + ".csv");
		Path pdf = this.downloads.resolve("statement-" + month + ".pdf");
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(csv) && Files.exists(pdf));
		assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("중앙도서관");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			assertThat(new PDFTextStripper().getText(document)).contains("중앙도서관").contains("2,500");
		}
	}

	/** Sides printed at the printer, each paid at this price. */
	private void write(Printer printer, Instant at, int sides, long price) {
		List<PaidSide> paid = java.util.stream.IntStream.rangeClosed(1, sides)
			.mapToObj((side) -> new PaidSide(side, 1, 1, price))
			.toList();
		this.writer.write(
				List.of(new PagesPrinted("job-" + UUID.randomUUID(), 77, printer.id(), 1, sides, at, null, paid)),
				Map.of(printer.id(), new Place(printer.partnerId(), printer.siteId())));
	}

	private String email(Printer printer) {
		return this.accounts.find(printer.partnerId()).orElseThrow().email();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
