package org.fairflow.portal.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.browser.Browser;
import org.fairflow.portal.browser.BrowserSession;
import org.fairflow.portal.room.RoomPlan;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting through the whole real {@code meeting-booking} process in the browser: the
 * unit books it, the organiser pre-reviews it, the unit supplements it, the organiser
 * re-reviews it, and it gets its room: an online one opened by the worker (numbers on the
 * detail page, in the SMS, never on the public programme), or a physical one the
 * organiser allocates (on the detail page and the calendar).
 */
@PortalTest
class MeetingFlowBrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	@Autowired
	RoomPlan rooms;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@TempDir
	Path files;

	@Test
	void anOnlineMeetingIsReviewedSupplementedReviewedAgainAndGetsItsRoomShownToTheUnitButNotThePublic()
			throws IOException {
		MeetingTestData.ensureProcess(this.client);
		MeetingTestData.Unit unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PortalUser organiser = MeetingTestData.organiser(this.fixtures, this.accounts, unit.tree());
		Browser browser = this.session.browser();
		String name = "线上全流程会议" + suffix();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		// 2027-11-08: no other test counts that day's meetings (ProgrammeWebTest and
		// MeetingCalendarWebTest count 11-09 and 11-10 on the shared database).
		Long meetingId = book(browser, name, "ONLINE", "2027-11-08");
		browser.screenshot("meeting-flow-online-booked");
		String caseId = caseOf(meetingId);
		browser.logOut();

		browser.decideTask(organiser.getUsername(), caseId, "approve", "meeting-flow-online-pre-review");
		browser.logOut();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		openSupplementFromTheList(browser, meetingId);
		supplement(browser, true);
		browser.screenshot("meeting-flow-online-supplemented");
		browser.logOut();

		browser.decideTask(organiser.getUsername(), caseId, "approve", "meeting-flow-online-re-review");
		browser.logOut();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		browser.open("/meetings/" + meetingId);
		browser.reloadUntil((page) -> !page.findElements(By.id("online-room")).isEmpty());
		browser.screenshot("meeting-flow-online-room");
		assertThat(browser.driver.findElement(By.id("meeting-agenda")).getText()).isEqualTo("1-主持人开场\n2-主旨演讲");
		WebDriver driver = browser.driver;
		String number = driver.findElement(By.id("room-number")).getText();
		String password = driver.findElement(By.id("room-password")).getText();
		String hostKey = driver.findElement(By.id("room-host-key")).getText();
		assertThat(number).matches("[1-9][0-9]{9}");
		assertThat(password).matches("[0-9]{6}");
		assertThat(hostKey).matches("[0-9]{6}");
		// 08:00 in Shanghai: the room opens at 06:00 and closes at the day's midnight.
		assertThat(driver.findElement(By.id("room-window")).getText()).contains("2027-11-08 06:00")
			.contains("2027-11-09 00:00");
		// Months before the start the button is not a link, and the join page says when
		// the room opens instead of leading there.
		WebElement join = driver.findElement(By.id("room-join"));
		assertThat(join.getDomAttribute("href")).isNull();
		assertThat(join.getDomAttribute("aria-disabled")).isEqualTo("true");
		browser.open("/meetings/" + meetingId + "/join");
		browser.screenshot("meeting-flow-online-join-too-early");
		assertThat(driver.getCurrentUrl()).doesNotContain("/simulated/meeting-room/");
		assertThat(driver.findElement(By.id("join-state")).getDomAttribute("data-state")).isEqualTo("BEFORE");
		assertThat(driver.findElement(By.id("join-state")).getText()).contains("2027-11-08 06:00");

		browser.open("/progress/" + caseId);
		// The messages are grouped by step, each group folded: the room's SMS is there
		// before its group is opened.
		By roomSms = By.xpath("//li[contains(@class,'message') and @data-channel='SMS']"
				+ "[.//div[contains(@class,'message-body') and contains(., '已分配云会议室')]]");
		browser.reloadUntil((page) -> !page.findElements(roomSms).isEmpty());
		WebElement group = driver.findElement(roomSms)
			.findElement(By.xpath("ancestor::section[contains(@class,'message-group')]"));
		clickInView(driver, group.findElement(By.cssSelector("[data-bs-target]")));
		WebElement sms = driver.findElement(roomSms).findElement(By.cssSelector(".message-body"));
		browser.wait.until(ExpectedConditions.visibilityOf(sms));
		browser.screenshot("meeting-flow-online-progress");
		assertThat(sms.getText()).contains(name)
			.contains("会议号：" + number)
			.contains("密码：" + password)
			.contains("主持人秘钥：" + hostKey)
			.contains("2027-11-08")
			.contains("08:00-09:00");
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
		browser.logOut();

		browser.open("/programme?day=2027-11-08");
		WebElement item = driver
			.findElement(By.cssSelector("article.programme-meeting[data-meeting-id='" + meetingId + "']"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
		browser.screenshot("meeting-flow-programme");
		assertThat(item.findElement(By.cssSelector(".programme-name")).getText()).isEqualTo(name);
		assertThat(item.findElement(By.cssSelector(".programme-publish")).getText()).isEqualTo("白皮书");
		WebElement poster = item.findElement(By.cssSelector("img.programme-poster"));
		browser.wait.until((page) -> Boolean.TRUE.equals(((JavascriptExecutor) page)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 275", poster)));
		assertThat(driver.getPageSource()).doesNotContain(password).doesNotContain(hostKey).doesNotContain(number);
	}

	@Test
	void anOfflineMeetingIsReviewedSupplementedAndGetsTheRoomTheOrganiserAllocates() throws IOException {
		MeetingTestData.ensureProcess(this.client);
		MeetingTestData.Unit unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PortalUser organiser = MeetingTestData.organiser(this.fixtures, this.accounts, unit.tree());
		String roomName = "浏览器会议室" + suffix();
		Long roomId = this.rooms.add(roomName, "Browser room " + suffix(), "国家会议中心 E3", "NECC E3", 300);
		Browser browser = this.session.browser();
		String name = "线下全流程会议" + suffix();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		Long meetingId = book(browser, name, "OFFLINE", "2027-11-08");
		String caseId = caseOf(meetingId);
		browser.logOut();

		browser.decideTask(organiser.getUsername(), caseId, "approve", "meeting-flow-offline-pre-review");
		browser.logOut();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		openSupplementFromTheList(browser, meetingId);
		supplement(browser, false);
		browser.logOut();

		browser.decideTask(organiser.getUsername(), caseId, "approve", "meeting-flow-offline-re-review");
		allocate(browser, caseId, roomId);
		browser.open("/meetings/calendar?day=2027-11-08");
		By booked = By.cssSelector("tr.calendar-row[data-room-id='" + roomId + "'] .calendar-meeting[data-meeting-id='"
				+ meetingId + "']");
		browser.reloadUntil((page) -> !page.findElements(booked).isEmpty());
		browser.screenshot("meeting-flow-calendar");
		assertThat(browser.driver.findElement(booked).getText()).contains(name);
		browser.logOut();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		browser.open("/meetings/" + meetingId);
		browser.reloadUntil((page) -> !page.findElements(By.id("offline-room")).isEmpty());
		browser.screenshot("meeting-flow-offline-room");
		assertThat(browser.driver.findElement(By.id("room-name")).getText()).isEqualTo(roomName);
		assertThat(browser.driver.findElement(By.id("room-venue")).getText()).isEqualTo("国家会议中心 E3");
		browser.wait.until(ExpectedConditions.attributeToBe(By.id("meeting-status"), "data-status", "ROOM_ALLOCATED"));
	}

	/**
	 * Fills the booking form (08:00-09:00 on the day: first in the day's programme), the
	 * plan uploaded by the page's script, and submits; returns the meeting's id.
	 */
	private Long book(Browser browser, String name, String format, String day) throws IOException {
		Path plan = Files.write(this.files.resolve("会议方案-" + format + ".pdf"), MeetingTestData.pdf());
		WebDriver driver = browser.driver;
		browser.open("/meetings");
		browser.click("meeting-book");
		driver.findElement(By.id("plan-file")).sendKeys(plan.toString());
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-result"),
				plan.getFileName().toString()));
		assertThat(driver.findElement(By.id("plan-progress-bar")).getText()).isEqualTo("100%");
		clickInView(driver, driver.findElement(By.cssSelector("input[name='format'][value='" + format + "']")));
		browser.type("name", name);
		browser.type("theme", "数字贸易");
		browser.setValue("field", "TRADE");
		browser.type("plannedAttendance", "60");
		browser.type("summary", "全流程浏览器测试");
		browser.type("host", "全流程主办方" + suffix());
		browser.setValue("date", day);
		browser.setValue("startTime", "08:00");
		browser.setValue("endTime", "09:00");
		driver.findElement(By.name("domestic[0].name")).sendKeys("张教授");
		driver.findElement(By.name("domestic[0].affiliation")).sendKeys("某研究院 研究员");
		driver.findElement(By.name("guests[0].name")).sendKeys("陈主任");
		driver.findElement(By.name("guests[0].affiliation")).sendKeys("某委员会 主任");
		browser.type("contactName", "周会务");
		browser.type("contactMobile", "13700137000");
		browser.screenshot("meeting-flow-form-" + format.toLowerCase(java.util.Locale.ROOT));
		clickInView(driver, driver.findElement(By.id("meeting-submit")));
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-booked")));
		assertThat(driver.findElement(By.id("meeting-plan")).getText()).isEqualTo(plan.getFileName().toString());
		return this.jdbc.queryForObject("select id from meeting where name = ?", Long.class, name);
	}

	/** The unit's list shows the supplement link once the pre-review's status arrived. */
	private static void openSupplementFromTheList(Browser browser, Long meetingId) {
		By link = By.cssSelector("tr.meeting-row[data-meeting-id='" + meetingId + "'] a.meeting-supplement");
		browser.open("/meetings");
		browser.reloadUntil((page) -> !page.findElements(link).isEmpty());
		browser.screenshot("meeting-flow-list");
		browser.driver.findElement(link).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supplement-form")));
	}

	private void supplement(Browser browser, boolean recorded) throws IOException {
		WebDriver driver = browser.driver;
		browser.type("agenda", "1-主持人开场\n2-主旨演讲");
		driver.findElement(By.name("intlAssociations[0]")).sendKeys("世界贸易中心协会");
		driver.findElement(By.name("domesticAssociations[0]")).sendKeys("商务局");
		browser.type("highlights", "白皮书发布");
		browser.type("outcomes", "合作备忘录");
		browser.type("publishContent", "白皮书");
		clickInView(driver, driver.findElement(By.id(recorded ? "recorded-yes" : "recorded-no")));
		if (recorded) {
			Path pc = Files.write(this.files.resolve("pc.png"), Fixtures.image("png", 275, 155));
			Path app = Files.write(this.files.resolve("app.jpg"), Fixtures.image("jpeg", 165, 220));
			driver.findElement(By.id("posterPc")).sendKeys(pc.toString());
			driver.findElement(By.id("posterApp")).sendKeys(app.toString());
		}
		browser.screenshot("meeting-flow-supplement-" + (recorded ? "recorded" : "not-recorded"));
		clickInView(driver, driver.findElement(By.id("supplement-submit")));
		browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/supplement")));
		assertThat(driver.findElements(By.cssSelector(".invalid-feedback, #supplement-refused"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList()).isEmpty();
	}

	/**
	 * The organiser (still logged in) opens the allocation task, chooses the room and
	 * allocates it.
	 */
	private static void allocate(Browser browser, String caseId, Long roomId) {
		WebDriver driver = browser.driver;
		By row = By.cssSelector("#inbox tr[data-case-id='" + caseId + "'] a.task-link");
		browser.open("/tasks");
		browser.reloadUntil((page) -> !page.findElements(row).isEmpty());
		driver.findElement(row).click();
		browser.click("claim");
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("room-choice")));
		browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-allocate")));
		assertThat(driver.findElement(By.id("allocation-details")).getText()).contains("08:00-09:00");
		new Select(driver.findElement(By.id("room-choice"))).selectByValue(roomId.toString());
		driver.findElement(By.id("decision-allocate")).click();
		browser.screenshot("meeting-flow-allocate");
		clickInView(driver, driver.findElement(By.id("decide")));
		browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));
	}

	private String caseOf(Long meetingId) {
		return this.jdbc.queryForObject("select case_id from meeting where id = ?", String.class, meetingId);
	}

	private static void clickInView(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
