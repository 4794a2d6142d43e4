package org.fairflow.portal.meeting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.browser.Browser;
import org.fairflow.portal.browser.BrowserSession;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit books a meeting in the browser: the plan uploads on selection (a fake PDF is
 * refused in place, a real one shows 100 % and its name), a speaker row is added, and the
 * booking lands on its detail page.
 */
@PortalTest
class MeetingBookingBrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void aUnitUploadsItsPlanWithProgressAndBooksTheMeeting() throws IOException {
		MeetingTestData.ensureProcess(this.client);
		MeetingTestData.Unit unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Browser browser = this.session.browser();
		Path dir = Files.createTempDirectory("meeting-browser");
		Path fake = Files.writeString(dir.resolve("fake.pdf"), "%PDF-1.4 nothing here %%EOF",
				StandardCharsets.US_ASCII);
		Path plan = Files.write(dir.resolve("方案.pdf"), MeetingTestData.pdf());

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		browser.open("/meetings/new");
		WebDriver driver = browser.driver;
		driver.findElement(By.id("plan-file")).sendKeys(fake.toString());
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-result"), "不是可以打开的 PDF"));
		assertThat(driver.findElement(By.id("planFileId")).getDomProperty("value")).isEmpty();
		// Sending the form now would trade the reason for the general "upload a plan": it
		// stays.
		driver.findElement(By.id("meeting-submit")).click();
		assertThat(driver.findElements(By.id("planFileId-error"))).isEmpty();
		assertThat(driver.findElement(By.id("plan-result")).getText()).contains("不是可以打开的 PDF");

		driver.findElement(By.id("plan-file")).sendKeys(plan.toString());
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-result"), "方案.pdf"));
		assertThat(driver.findElement(By.id("plan-progress-bar")).getText()).isEqualTo("100%");
		assertThat(driver.findElement(By.id("planFileId")).getDomProperty("value")).isNotEmpty();

		driver.findElement(By.id("format2")).click();
		browser.type("name", "浏览器预约的会议");
		browser.type("theme", "绿色贸易");
		browser.setValue("field", "TRADE");
		browser.type("plannedAttendance", "120");
		browser.type("summary", "浏览器测试");
		browser.type("host", "Browser Host " + System.nanoTime());
		browser.setValue("date", "2027-11-07");
		browser.setValue("startTime", "14:00");
		browser.setValue("endTime", "15:30");
		driver.findElement(By.name("domestic[0].name")).sendKeys("张教授");
		driver.findElement(By.name("domestic[0].affiliation")).sendKeys("某研究院 研究员");
		driver.findElement(By.cssSelector("#speakers-domestic [data-speaker-add]")).click();
		driver.findElement(By.name("domestic[1].name")).sendKeys("刘博士");
		driver.findElement(By.name("domestic[1].affiliation")).sendKeys("某协会 秘书长");
		driver.findElement(By.name("guests[0].name")).sendKeys("陈主任");
		driver.findElement(By.name("guests[0].affiliation")).sendKeys("某委员会 主任");
		browser.type("contactName", "周会务");
		browser.type("contactMobile", "13700137000");
		browser.screenshot("meeting-form");
		org.openqa.selenium.WebElement submit = driver.findElement(By.id("meeting-submit"));
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
		browser.wait.until(ExpectedConditions.elementToBeClickable(submit)).click();

		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-booked")));
		browser.screenshot("meeting-detail");
		String page = driver.getPageSource();
		assertThat(page).contains("浏览器预约的会议")
			.contains("张教授 · 某研究院 研究员")
			.contains("刘博士 · 某协会 秘书长")
			.contains("2027-11-07 下午 14:00-15:30")
			.contains("方案.pdf");
	}

}
