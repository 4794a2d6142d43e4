package org.fairflow.portal.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.browser.Browser;
import org.fairflow.portal.browser.BrowserSession;
import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.payment.PaymentTestData;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flow 4 from an invitation code to a live booth in the public directory, in the browser
 * on the real {@code exhibit-audit} model: a trade body's reviewer issues a code and
 * reads it off the page, a unit registers as an exhibitor with it and submits its booth,
 * the reviewer approves it in the task list, and anyone finds it in the directory and
 * opens its page. The exhibitor then edits the live booth: it leaves the directory at
 * once and comes back with the new content only once the reviewer approves again. The
 * directory is looked at on a 1280 px desktop and a 375 px phone, in both languages.
 */
@PortalTest
class DirectoryFlowBrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@TempDir
	Path files;

	private final List<String> problems = new ArrayList<>();

	@Test
	void anInvitationCodeLeadsToALiveBoothInTheDirectoryAndAnEditIsHiddenUntilApprovedAgain() throws IOException {
		ExhibitTestData.ensureProcess(this.client);
		String n = UUID.randomUUID().toString().substring(0, 8);
		PaymentTestData.PayingUnit unit = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Organisation tradeBody = this.organisations.create("TB-" + n, "浏览器组展机构" + n, "Browser trade body " + n,
				OrganisationKind.TRADE_BODY, unit.tree().organiser().getId());
		String reviewer = "exb" + n;
		this.accounts.create(reviewer, Fixtures.PASSWORD, Role.EXHIBITION_REVIEWER, "组展审核员" + n, tradeBody.getId(),
				null);
		String name = "浏览器展台" + n;
		String newName = "Browser Booth " + n;
		Browser browser = this.session.browser();
		WebDriver driver = browser.driver;

		browser.logIn(reviewer, Fixtures.PASSWORD);
		browser.open("/invitations/new");
		browser.type("count", "2");
		browser.setValue("expiresOn", LocalDate.now().plusDays(30).toString());
		browser.type("label", "浏览器批次" + n);
		browser.click("issue-submit");
		browser.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#invitations code.invitation-code")));
		String code = driver.findElement(By.cssSelector("#invitations code.invitation-code")).getText();
		assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		browser.screenshot("directory-flow-codes");
		browser.logOut();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		browser.open("/exhibitor/register");
		driver.findElement(By.id("participation2")).click();
		browser.type("code", code.toLowerCase());
		browser.type("contactName", "王展务");
		browser.type("contactTitle", "市场经理");
		browser.type("contactMobile", "13912345678");
		browser.type("contactEmail", "expo@example.com");
		driver.findElement(By.id("purposes1")).click();
		browser.type("content", "数字文化服务");
		browser.type("needs", "寻找合作伙伴");
		browser.click("exhibitor-submit");
		browser.wait.until(ExpectedConditions.urlMatches(".*/exhibitor$"));

		browser.open("/exhibitor/booth/edit");
		browser.type("name", name);
		new Select(driver.findElement(By.id("zone"))).selectByValue("CULTURE");
		driver.findElement(By.id("logo-file")).sendKeys(png("logo.png", 96, 96).toString());
		browser.type("website", "https://example.com/" + n);
		browser.type("introduction", "第一版介绍：数字文化服务。");
		browser.type("mainBusiness", "数字出版、动漫");
		driver.findElement(By.id("images-file")).sendKeys(png("one.png", 320, 240) + "\n" + png("two.png", 240, 320));
		browser.type("tags", "动漫" + n + "; 出版");
		browser.type("boothNumber", "C3-12");
		browser.type("contactName", "李联系");
		browser.type("contactPhone", "010-87654321");
		browser.type("contactEmail", "booth@example.com");
		browser.screenshot("directory-flow-booth-form");
		browser.click("booth-save-submit");
		browser.wait.until(ExpectedConditions.urlMatches(".*/exhibitor/booth$"));
		String firstCase = caseOf(unit.unitId());
		browser.logOut();

		browser.decideTask(reviewer, firstCase, "approve", "directory-flow-audit");
		browser.logOut();

		browser.open("/exhibitors?q=" + n);
		browser.reloadUntil((d) -> !d.findElements(By.cssSelector("#directory .directory-booth")).isEmpty());
		assertThat(driver.findElement(By.id("directory")).getText()).contains(name)
			.contains("文化服务")
			.contains("数字出版、动漫")
			.contains("动漫" + n);
		look("directory-flow-list");
		driver.findElement(By.linkText("动漫" + n)).click();
		browser.wait.until(ExpectedConditions.urlContains("tag="));
		assertThat(driver.findElement(By.id("directory")).getText()).contains(name);
		driver.findElement(By.cssSelector("#directory a.directory-name")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booth-name")));
		String boothUrl = driver.getCurrentUrl();
		assertThat(driver.findElement(By.id("booth-name")).getText()).isEqualTo(name);
		assertThat(driver.findElement(By.id("booth-introduction")).getText()).isEqualTo("第一版介绍：数字文化服务。");
		assertThat(driver.findElement(By.id("booth-contact")).getText()).contains("李联系").contains("010-87654321");
		assertThat(driver.findElements(By.cssSelector("#booth-images img"))).hasSize(2);
		// The logo and both images come from the media endpoint, which serves a live
		// booth's to anyone.
		browser.wait.until((d) -> loadedImages() == 3);
		look("directory-flow-booth");

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		browser.open("/exhibitor/booth/edit");
		browser.type("name", newName);
		browser.type("introduction", "第二版介绍：新增沉浸式展演。");
		browser.click("booth-save-submit");
		browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
		browser.wait.until(ExpectedConditions.urlMatches(".*/exhibitor/booth$"));
		String secondCase = caseOf(unit.unitId());
		assertThat(secondCase).isNotEqualTo(firstCase);
		browser.logOut();

		browser.open("/exhibitors?q=" + n);
		assertThat(driver.findElements(By.id("directory-empty"))).hasSize(1);
		driver.get(boothUrl);
		assertThat(driver.findElements(By.id("booth-name"))).isEmpty();
		assertThat(driver.getPageSource()).doesNotContain(newName).doesNotContain("第二版介绍");
		browser.screenshot("directory-flow-hidden");

		browser.decideTask(reviewer, secondCase, "approve", "directory-flow-reaudit");
		browser.logOut();

		browser.open("/exhibitors?q=" + n);
		browser.reloadUntil((d) -> !d.findElements(By.cssSelector("#directory .directory-booth")).isEmpty());
		assertThat(driver.findElement(By.id("directory")).getText()).contains(newName).doesNotContain(name);
		driver.get(boothUrl);
		assertThat(driver.findElement(By.id("booth-name")).getText()).isEqualTo(newName);
		assertThat(driver.findElement(By.id("booth-introduction")).getText()).isEqualTo("第二版介绍：新增沉浸式展演。");
		look("directory-flow-booth-again");
		assertThat(this.problems).isEmpty();
	}

	/** The booth's current audit case (the last submission opens a new one). */
	private String caseOf(Long unitId) {
		return this.jdbc.queryForObject(
				"select b.case_id from booth b join exhibitor e on e.id = b.exhibitor_id where e.unit_id = ?",
				String.class, unitId);
	}

	private Path png(String file, int width, int height) throws IOException {
		Path path = this.files.resolve(file);
		Files.write(path, Fixtures.image("png", width, height));
		return path;
	}

	/** Images of the page that the browser could load (the media endpoint let it). */
	private long loadedImages() {
		Number loaded = (Number) ((JavascriptExecutor) this.session.browser().driver)
			.executeScript("return Array.from(document.querySelectorAll('main img')).filter(function (i) {"
					+ " return i.complete && i.naturalWidth > 0; }).length;");
		return loaded.longValue();
	}

	/**
	 * Screenshots of the page at desktop and phone width, in Chinese and in English;
	 * notes a page that scrolls sideways or shows a message key.
	 */
	private void look(String shot) {
		Browser browser = this.session.browser();
		String url = browser.driver.getCurrentUrl();
		for (String language : List.of("zh_CN", "en")) {
			browser.driver.get(url + (url.contains("?") ? "&" : "?") + "lang=" + language);
			for (boolean phone : List.of(false, true)) {
				((HasCdp) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
						phone ? Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true)
								: Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
				browser.driver.navigate().refresh();
				String where = shot + "-" + language + (phone ? "-phone" : "-desktop");
				JavascriptExecutor js = (JavascriptExecutor) browser.driver;
				Number overflow = (Number) js.executeScript("var d = document.documentElement;"
						+ " return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;");
				if (overflow.intValue() > 0) {
					this.problems.add(where + ": scrolls sideways by " + overflow + " px");
				}
				String text = (String) js.executeScript("return document.body.innerText;");
				if (text.contains("??") || text.contains("#{")) {
					this.problems.add(where + ": untranslated message key");
				}
				browser.screenshot(where);
			}
		}
		((HasCdp) browser.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.driver.get(url + (url.contains("?") ? "&" : "?") + "lang=zh_CN");
	}

}
