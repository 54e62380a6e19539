package com.adtopaper.admin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestAccounts.Session;
import com.adtopaper.TestPrinters;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Points;
import com.adtopaper.printerapi.SignedPrinterClient;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin site in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromedriver}): an operator logs in with their password and a TOTP code, finds a
 * member and refunds part of a printed job (the member's own page then shows it), blocks
 * another member (who can no longer log in), watches a printer fall into error on the
 * status board without reloading, rotates its key (the old key is refused), approves a
 * campaign after looking at its creative on an A4 page, and finds each of these in the
 * audit log. A screenshot of every page goes to {@code target/screenshots/admin/}.
 */
@IntegrationTest
@Import(AdminFixture.class)
class AdminBrowserIntegrationTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots", "admin");

	@LocalServerPort
	int port;

	@Autowired
	AdminFixture fixture;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Points points;

	@Autowired
	Printers printers;

	@Autowired
	Campaigns campaigns;

	WebDriver browser;

	FluentWait<WebDriver> wait;

	@BeforeEach
	void browser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--lang=ko-KR", "--window-size=1280,1024");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void close() {
		this.browser.quit();
	}

	@Test
	void anOperatorLogsInWithTotpRefundsBlocksRotatesApprovesAndFindsItAllInTheAuditLog() throws Exception {
		TestAccounts testAccounts = new TestAccounts(this.client, this.accounts, this.verification);
		Session refunded = testAccounts.newMember();
		Session abuser = testAccounts.newMember();
		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "사회과학관", null, "3층");
		PrintJob job = this.fixture.printed(refunded.id(), printer, 3);
		long campaign = this.fixture.pendingCampaign("Exam week coffee");
		AdminFixture.Operator operator = this.fixture.operator(com.adtopaper.platform.security.Role.ADMIN);

		// password, then the second factor
		this.browser.get(base() + "/login");
		this.browser.findElement(By.name("username")).sendKeys(operator.email());
		this.browser.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button")).click();
		this.wait.until(ExpectedConditions.urlToBe(base() + "/admin/second-factor"));
		screenshot("01-second-factor");
		this.browser.findElement(By.id("code")).sendKeys(this.fixture.code(operator));
		this.browser.findElement(By.id("verify")).click();
		this.wait.until(ExpectedConditions.urlToBe(base() + "/admin"));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
		screenshot("02-dashboard");

		// find the member, refund one point of their job with a comment
		this.browser.findElement(By.cssSelector("a[href='/admin/members']")).click();
		this.browser.findElement(By.id("q")).sendKeys(refunded.email());
		this.browser.findElement(By.cssSelector("form[role=search] button")).click();
		this.wait.until(ExpectedConditions.urlContains("q="));
		this.browser.findElement(By.linkText(refunded.email())).click();
		screenshot("03-member");
		long before = this.points.balance(refunded.id()).available();
		WebElement refund = this.browser.findElement(By.cssSelector("#job-" + job.id() + " form.refund"));
		WebElement howMany = refund.findElement(By.name("points"));
		howMany.clear();
		howMany.sendKeys("1");
		refund.findElement(By.name("comment")).sendKeys("흐리게 인쇄됨 · faint print");
		refund.findElement(By.cssSelector("button")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(this.points.balance(refunded.id()).available()).isEqualTo(before + 1);
		assertThat(this.browser.findElement(By.cssSelector("#ledger tbody tr")).getAttribute("data-kind"))
			.isEqualTo("REFUND");

		// block the other member: they can no longer log in
		this.browser.get(base() + "/admin/members/" + abuser.id());
		this.browser.findElement(By.cssSelector("form[action$='/block'] input[name=comment]")).sendKeys("광고 부정 사용");
		this.browser.findElement(By.id("block")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unblock")));
		screenshot("04-member-blocked");
		this.client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", abuser.email(), "password", TestAccounts.PASSWORD))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		// the status board: a printer falls into error, and the board shows it unreloaded
		this.browser.get(base() + "/admin/printers");
		((JavascriptExecutor) this.browser).executeScript("window.notReloaded = true;");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ERROR, Supply.EMPTY, Supply.OK, List.of("PAPER_OUT")));
		new WebDriverWait(this.browser, Duration.ofSeconds(12)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeContains(By.id("printer-" + printer.printerId()), "class", "attention"));
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.notReloaded === true;"))
			.isEqualTo(true);
		assertThat(this.browser.findElement(By.id("printer-" + printer.printerId())).getText()).contains("PAPER_OUT");
		screenshot("05-printer-board");

		// rotate its key: the secret is shown once, the old key is refused
		this.browser.findElement(By.cssSelector("#printer-" + printer.printerId() + " a")).click();
		this.browser.findElement(By.id("rotate-key")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
		screenshot("06-printer-key");
		String keyId = this.browser.findElement(By.id("key-id")).getText();
		String secret = this.browser.findElement(By.id("secret")).getText();
		SignedPrinterClient old = this.fixture.agent(printer.keyId(), printer.secret());
		assertThat(old.get("/printer/v1/jobs/next?wait=0").statusCode()).isEqualTo(401);
		assertThat(this.fixture.agent(keyId, secret).get("/printer/v1/jobs/next?wait=0").statusCode()).isIn(200, 204);

		// review the campaign: its creative on an A4 page, then approve it
		this.browser.get(base() + "/admin/campaigns");
		this.browser.findElement(By.cssSelector("#pending a[href='/admin/campaigns/" + campaign + "']")).click();
		assertThat(this.browser.findElements(By.cssSelector("#creatives .a4 img"))).hasSize(1);
		screenshot("07-campaign-review");
		this.browser.findElement(By.id("approve")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(this.campaigns.find(campaign).status()).isIn(CampaignStatus.APPROVED, CampaignStatus.RUNNING);

		// the audit log holds each change, the operator's logins too
		this.browser.get(base() + "/admin/audit");
		screenshot("08-audit-log");
		List<String> actions = this.browser.findElements(By.cssSelector("#audit tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains(operator.email()))
			.map((row) -> row.getAttribute("data-action"))
			.toList();
		assertThat(actions).contains("login.password", "login.second-factor", "points.refund", "account.block",
				"printer.rotate-key", "campaign.approve");

		// and the refunded member sees the refund, with the comment, on their own page
		this.browser.findElement(By.cssSelector("header form button")).click();
		this.browser.get(base() + "/login");
		this.browser.findElement(By.name("username")).sendKeys(refunded.email());
		this.browser.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button")).click();
		this.browser.get(base() + "/points");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("흐리게 인쇄됨 · faint print");
		screenshot("09-member-sees-refund");
	}

	private void screenshot(String name) throws IOException {
		// the Korean web font first: a screenshot taken while it loads shows empty boxes
		((JavascriptExecutor) this.browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());");
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
