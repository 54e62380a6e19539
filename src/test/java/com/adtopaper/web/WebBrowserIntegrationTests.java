package com.adtopaper.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public site in a real headless Chromium at a phone's width (Debian's
 * {@code chromium} and {@code chromedriver}, named by path so that Selenium downloads
 * nothing), in Korean, with GreenMail as the SMTP server: a visitor signs up, verifies by
 * the mailed link, logs in, reads their points and footprint, watches a printer's state
 * change on the printers page without a reload (htmx under the site's CSP), and resets a
 * forgotten password by the mailed link, which works once; a member uploads a document,
 * chooses hand-in-safe printing, previews the cover and a page, releases the job and
 * watches it print (the printer driven as its agent would) without a reload. Screenshots
 * land in {@code target/screenshots/web}.
 */
@IntegrationTest
class WebBrowserIntegrationTests {

	static final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static final Path SCREENSHOTS = Path.of("target", "screenshots", "web");

	static {
		mail.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		mail.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Points points;

	@Autowired
	Members members;

	@Autowired
	PrinterJobs printerJobs;

	@Autowired
	Printers printers;

	WebDriver browser;

	FluentWait<WebDriver> wait;

	@BeforeEach
	void browser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--lang=ko-KR", "--window-size=412,915");
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ko-KR,ko"));
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
	void aVisitorSignsUpReadsTheirPagesWatchesThePrintersAndResetsAForgottenPassword() throws Exception {
		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers,
				"브라우저관 " + System.nanoTime(), 1L, "1층");
		String email = TestAccounts.uniqueEmail("browser");

		open("/signup");
		type("email", email);
		type("password", TestAccounts.PASSWORD);
		type("name", "김브라");
		new Select(this.browser.findElement(By.name("schoolId"))).selectByValue("1");
		type("major", "국어국문학");
		type("admissionYear", "2024");
		new Select(this.browser.findElement(By.name("gender"))).selectByValue("FEMALE");
		type("birthYear", "2005");
		screenshot("01-signup");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?registered"));
		assertThat(text("check-your-mail")).contains("메일함을 확인하세요");

		open("/verify?token=" + find(mailTo(email, "인증"), "token=([A-Za-z0-9_-]{20,})"));
		long id = this.accounts.findByEmail(email).orElseThrow().id();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(id).available() == 500);

		logIn(email, TestAccounts.PASSWORD);
		this.wait.until(ExpectedConditions.urlToBe(base() + "/account"));
		assertThat(this.browser.findElement(By.id("profile")).getText()).contains("광고주는 학교, 전공, 입학 연도, 성별로");
		screenshot("02-account");
		// the Korean web font loaded (a browser rejects a font file it cannot sanitise,
		// and
		// shows empty boxes)
		assertThat(((JavascriptExecutor) this.browser).executeScript(
				"return [...document.fonts].some((f) => f.family.includes('Nanum') && f.status === 'loaded');"))
			.isEqualTo(true);

		this.browser.findElement(By.linkText("내 포인트")).click();
		this.wait.until(ExpectedConditions.urlToBe(base() + "/points"));
		assertThat(text("available")).isEqualTo("500");
		assertThat(this.browser.findElement(By.id("ledger")).getText()).contains("가입 환영 포인트").contains("+500");
		screenshot("03-points");

		this.browser.findElement(By.linkText("내 인쇄 발자국")).click();
		this.wait.until(ExpectedConditions.urlToBe(base() + "/footprint"));
		assertThat(text("sheets")).isEqualTo("0");
		assertThat(text("source")).contains("PaperCut").contains("8,333").contains("12.7");
		screenshot("04-footprint");

		this.browser.findElement(By.linkText("프린터")).click();
		this.wait.until(ExpectedConditions.urlContains("/printers"));
		By state = By.cssSelector("#printer-" + printer.code() + " .state");
		assertThat(this.browser.findElement(state).getText()).isEqualTo("인쇄 가능");
		Object marker = ((JavascriptExecutor) this.browser).executeScript("return window.notReloaded = 'yes';");
		this.printers.report(printer.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.EMPTY, Supply.OK, List.of("media-empty")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.textToBe(state, "오류"));
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.notReloaded;")).isEqualTo(marker);
		screenshot("05-printers");

		this.browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
		open("/login");
		this.browser.findElement(By.id("forgot")).click();
		this.wait.until(ExpectedConditions.urlToBe(base() + "/password-reset"));
		type("email", email);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));
		assertThat(text("sent")).contains("이 주소로 된 계정이 있다면");
		screenshot("06-forgot-password");

		String link = "/password-reset?token="
				+ find(mailTo(email, "비밀번호 재설정"), "/password-reset\\?token=([A-Za-z0-9_-]{20,})");
		open(link);
		type("password", "browser new password");
		screenshot("07-new-password");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?reset"));
		assertThat(text("password-set")).contains("새 비밀번호가 설정되었습니다");
		logIn(email, "browser new password");
		this.wait.until(ExpectedConditions.urlToBe(base() + "/account"));

		open(link);
		assertThat(text("refused")).contains("이 링크는 쓸 수 없습니다");
		screenshot("08-link-used");
	}

	@Test
	void aMemberUploadsPreviewsReleasesAndWatchesTheirHandInSafeJobPrintWithoutReloading() throws Exception {
		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers,
				"인쇄관 " + System.nanoTime(), 1L, "2층");
		String email = TestAccounts.uniqueEmail("printing");
		long member = this.members
			.enrolVerified(new Registration(email, TestAccounts.PASSWORD, "김인쇄", 1L, "경제학", 2023, Gender.FEMALE, 2004))
			.id();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(member).available() == 500);
		Path pdf = Files.createTempFile("assignment", ".pdf");
		Files.write(pdf, Pdfs.text(3));
		logIn(email, TestAccounts.PASSWORD);
		this.wait.until(ExpectedConditions.urlToBe(base() + "/account"));

		open("/print");
		this.browser.findElement(By.name("file")).sendKeys(pdf.toAbsolutePath().toString());
		submit(By.cssSelector("form[action='/print/documents'] button"));
		// the hand-in-safe option says what it costs before the member chooses it
		WebElement cover = this.browser.findElement(By.name("coverSheet"));
		String explained = this.browser.findElement(By.id(cover.getDomAttribute("aria-describedby"))).getText();
		assertThat(explained).contains("표지 10포인트").contains("면당 20포인트");
		cover.click();
		screenshot("09-print-options");
		submit(By.cssSelector("form[action='/print/jobs'] button[type=submit]"));
		// a cover and three pages: 10 + 3 × 20 points held
		assertThat(text("notice")).contains("70");
		assertThat(this.points.balance(member).held()).isEqualTo(70);
		WebElement row = this.browser.findElement(By.cssSelector("#jobs tbody tr"));
		assertThat(row.getText()).contains("표지 포함");

		// the preview: the ad on the cover, none on the pages
		List<String> previews = row.findElements(By.cssSelector("a.preview"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(previews).hasSize(3);
		open(previews.get(0));
		screenshot("10-preview-cover");
		open(previews.get(1));
		screenshot("11-preview-page");
		open("/print");

		String jobId = this.browser.findElement(By.cssSelector("#jobs td.job-state"))
			.getDomAttribute("id")
			.substring("state-".length());
		type("printerCode", printer.code());
		submit(By.cssSelector("form[action$='/release'] button"));
		By state = By.id("state-" + jobId);
		assertThat(this.browser.findElement(state).getText()).contains("프린터로 보냄").contains("대기 순서: 1번째");
		Object marker = ((JavascriptExecutor) this.browser).executeScript("return window.notReloaded = 'yes';");

		// the printer, driven as its agent would
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		this.printerJobs.download(printer.printerId(), jobId, new java.io.ByteArrayOutputStream());
		this.printerJobs.progress(printer.printerId(), jobId, 2);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(state, "4면 중 2면 인쇄"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView();",
				this.browser.findElement(state));
		screenshot("12-printing");
		this.printerJobs.complete(printer.printerId(), jobId, 4);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(state, "인쇄됨"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(state, "70포인트 사용, 0포인트 반환"));
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.notReloaded;")).isEqualTo(marker);
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView();",
				this.browser.findElement(state));
		screenshot("13-printed");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.points.balance(member)).isEqualTo(new Balance(500 - 70, 0)));
	}

	/** Clicks the form's button and waits for the page it leads to. */
	private void submit(By button) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(button).click();
		this.wait.until(ExpectedConditions.stalenessOf(page));
	}

	private void logIn(String email, String password) {
		open("/login");
		type("username", email);
		type("password", password);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
	}

	private void open(String path) {
		this.browser.get(base() + path);
	}

	private void type(String name, String value) {
		this.browser.findElement(By.name(name)).sendKeys(value);
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void screenshot(String name) throws IOException {
		// the Korean web font first: a screenshot taken while it loads shows empty boxes
		((JavascriptExecutor) this.browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());");
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static String mailTo(String email, String subject) {
		String[] text = new String[1];
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (MimeMessage message : mail.getReceivedMessages()) {
				List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.map(Object::toString)
					.toList();
				if (to.contains(email.toLowerCase()) && message.getSubject().contains(subject)) {
					text[0] = message.getContent().toString();
					return true;
				}
			}
			return false;
		});
		return text[0];
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
		return matcher.group(1);
	}

}
