package org.fairflow.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driving the portal: the steps every browser test shares (log
 * in and out, fill a field, work a task, keep a screenshot).
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	public final WebDriver driver;

	public final WebDriverWait wait;

	private final Path profile;

	private final Path downloads;

	private final int port;

	private Browser(int port) throws IOException {
		this.port = port;
		this.profile = Files.createTempDirectory("fairflow-chromium-");
		this.downloads = Files.createDirectories(this.profile.resolve("downloads"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// Two device pixels per CSS pixel, as on a phone or in print: a 32 mm badge QR
		// code
		// then has about 7 pixels a module on a screenshot (at 1, scaled down to 3 and
		// blurred, it could not always be read).
		// Reduced motion: no smooth scrolling (Bootstrap turns it on otherwise), so an
		// element scrolled to is where it will stay when the test clicks it.
		options.addArguments("--force-prefers-reduced-motion", "--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--window-size=1280,1600",
				"--force-device-scale-factor=2", "--user-data-dir=" + this.profile);
		// Downloads land in the profile without asking, PDFs too (not in the viewer).
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", this.downloads.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		// The console is kept, so that a test can see what the Content-Security-Policy
		// refused.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, TIMEOUT, Duration.ofMillis(200));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** Skips the calling test when the browser is not installed. */
	public static void assumeInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: needs Debian's headless Chromium at " + CHROMIUM + " and ChromeDriver at "
						+ CHROMEDRIVER + " (apt-get install -y chromium chromium-driver, or run .ci/run)");
	}

	public static Browser start(int port) throws IOException {
		return new Browser(port);
	}

	public void logIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		this.driver.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	public void logOut() {
		this.driver.findElement(By.id("logout")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	public void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	public void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets a field's value directly: date inputs take typed text in the browser's locale.
	 */
	public void setValue(String id, String value) {
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.id(id)), value);
	}

	public void click(String id) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
	}

	/** The engine works asynchronously: reload the page until the condition holds. */
	public void reloadUntil(Function<WebDriver, Boolean> condition) {
		this.wait.until((browser) -> {
			browser.navigate().refresh();
			return condition.apply(browser);
		});
	}

	/**
	 * A reviewer finds the case's task in the inbox, claims it, takes a decision
	 * (accepting the confirmation), and stays logged in.
	 */
	public void decideTask(String reviewer, String caseId, String decision, String shot) {
		logIn(reviewer, org.fairflow.portal.support.Fixtures.PASSWORD);
		By row = By.cssSelector("#inbox tr[data-case-id='" + caseId + "'] a.task-link");
		open("/tasks");
		reloadUntil((browser) -> !browser.findElements(row).isEmpty());
		this.driver.findElement(row).click();
		click("claim");
		this.wait.until(ExpectedConditions.textToBe(By.id("claimed-by"), reviewer));
		this.driver.findElement(By.id("decision-" + decision)).click();
		screenshot(shot);
		this.driver.findElement(By.id("decide")).click();
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));
		// The next task of the list opens, or the list again when none is left.
		assertThat(this.driver.getCurrentUrl()).contains("/tasks");
	}

	/**
	 * What the browser wrote to the page's console since the last call: script errors,
	 * and whatever the Content-Security-Policy refused.
	 */
	public List<String> consoleMessages() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	/**
	 * Waits for the browser to finish downloading a file whose name ends with the suffix,
	 * and returns it.
	 */
	public Path awaitDownload(String suffix) {
		return this.wait.until((browser) -> {
			try (java.util.stream.Stream<Path> files = Files.list(this.downloads)) {
				return files.filter((f) -> f.getFileName().toString().endsWith(suffix))
					.filter((f) -> !Files.exists(f.resolveSibling(f.getFileName() + ".crdownload")))
					.findFirst()
					.orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	public void screenshot(String name) {
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

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
