package org.fairflow.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A unit registers through the browser, both review levels approve it through their
 * inboxes, and the unit sees the approval and the SMS it was sent. Debian's headless
 * Chromium and ChromeDriver drive the real portal on PostgreSQL and the embedded engine.
 */
@PortalTest
class UnitRegistrationBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String MOBILE = "13912345678";

	/** The approval SMS of unit-review.bpmn (Task_SmsApproved). */
	private static final String APPROVAL_TEXT = "已通过审核";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@LocalServerPort
	int port;

	private Path profile;

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeAll
	static void browserInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: needs Debian's headless Chromium at " + CHROMIUM + " and ChromeDriver at "
						+ CHROMEDRIVER + " (apt-get install -y chromium chromium-driver, or run .ci/run)");
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("fairflow-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1600", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, TIMEOUT, Duration.ofMillis(200));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void unitRegistersBothLevelsApproveAndTheUnitSeesTheApprovalSms() throws IOException {
		Fixtures.Tree tree = this.fixtures.tree();
		String creditCode = Fixtures.creditCode(UnitCategory.SOCIAL_ORGANISATION);
		String unitName = "浏览器测试商会" + tree.sub().getId();

		register(creditCode, unitName, tree.sub().getId());
		String caseId = this.cases.forApplicant("unit:" + this.fixtures.user(creditCode).unitId()).get(0).getId();

		approve(tree.subReviewer(), caseId, "inbox-first", "task-first");
		approve(tree.delegationReviewer(), caseId, "inbox-second", "task-second");

		logIn(creditCode, Fixtures.PASSWORD);
		open("/unit");
		WebElement progressLink = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("progress-link")));
		screenshot("unit");
		progressLink.click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
		By approvalSms = By.xpath("//table[@id='messages']//tr[@data-channel='SMS'][contains(., '" + APPROVAL_TEXT
				+ "') and contains(., '" + unitName + "')]");
		// The engine runs the closing steps after the second decision: reload until done.
		this.wait.until((browser) -> {
			browser.navigate().refresh();
			return "APPROVED".equals(browser.findElement(By.id("case-status")).getDomAttribute("data-status"))
					&& !browser.findElements(approvalSms).isEmpty();
		});
		screenshot("progress");

		assertThat(this.driver.findElement(By.id("case-status")).getText()).isEqualTo("审核通过");
		WebElement sms = this.driver.findElement(approvalSms);
		List<WebElement> cells = sms.findElements(By.tagName("td"));
		String recipient = cells.get(2).getText();
		assertThat(recipient).contains("****5678").doesNotContain(MOBILE);
		assertThat(sms.getText()).doesNotContain(MOBILE);
	}

	private void register(String creditCode, String unitName, long subDelegationId) throws IOException {
		Path licence = Files.createTempFile("licence-", ".png");
		try {
			Files.write(licence, Fixtures.png());
			open("/register");
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
			type("creditCode", creditCode);
			new Select(this.driver.findElement(By.id("category")))
				.selectByValue(UnitCategory.SOCIAL_ORGANISATION.name());
			type("nameZh", unitName);
			type("nameEn", "Browser Test Chamber " + subDelegationId);
			type("address", "上海市浦东新区测试路 8 号");
			type("contactName", "王联络");
			type("contactMobile", MOBILE);
			type("contactEmail", "liaison@example.com");
			new Select(this.driver.findElement(By.id("organisationId"))).selectByValue(Long.toString(subDelegationId));
			type("recommendationCode", "REC2024");
			for (WebElement area : this.driver.findElements(By.name("productAreas"))) {
				if ("FOOD_AGRI".equals(area.getDomAttribute("value"))
						|| "EQUIPMENT".equals(area.getDomAttribute("value"))) {
					area.click();
				}
			}
			type("plannedImportAmount", "88.50");
			this.driver.findElement(By.id("licence")).sendKeys(licence.toAbsolutePath().toString());
			type("password", Fixtures.PASSWORD);
			type("passwordConfirm", Fixtures.PASSWORD);
			screenshot("register");
			this.driver.findElement(By.id("register-submit")).click();
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered")));
			assertThat(this.driver.getCurrentUrl()).contains("/login");
		}
		finally {
			Files.deleteIfExists(licence);
		}
	}

	/**
	 * A reviewer finds the case's task in the inbox, claims it, approves it (accepting
	 * the confirmation) and logs out.
	 */
	private void approve(String reviewer, String caseId, String inboxShot, String taskShot) {
		logIn(reviewer, Fixtures.PASSWORD);
		By row = By.cssSelector("#inbox tr[data-case-id='" + caseId + "'] a.task-link");
		open("/tasks");
		// The engine hands the task over asynchronously: reload until it is listed.
		this.wait.until((browser) -> {
			browser.navigate().refresh();
			return !browser.findElements(row).isEmpty();
		});
		screenshot(inboxShot);
		this.driver.findElement(row).click();

		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("claim"))).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("claimed-by"), reviewer));
		this.driver.findElement(By.id("decision-approve")).click();
		screenshot(taskShot);
		this.driver.findElement(By.id("decide")).click();
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/tasks");
		logOut();
	}

	private void logIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		this.driver.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void logOut() {
		this.driver.findElement(By.id("logout")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void screenshot(String name) {
		try {
			Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
			Files.createDirectories(dir);
			File shot = ((ChromeDriver) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

}
