package org.fairflow.portal.meeting;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fairflow.portal.browser.Browser;
import org.fairflow.portal.browser.BrowserSession;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplement form in a browser: the counters follow what is typed, a new row takes a
 * second association (a name with a comma stays one name), and the recorded meeting's two
 * posters are uploaded with it.
 */
@PortalTest
class SupplementBrowserTest {

	@Autowired
	MeetingRepository meetings;

	@Autowired
	Cases cases;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Accounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ModelDeployment models;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@TempDir
	Path files;

	@Test
	void theUnitTypesWithCountersAddsARowUploadsBothPostersAndTheReReviewFollows() throws Exception {
		MeetingFixtures meetingFixtures = new MeetingFixtures(this.meetings, this.cases, this.tasks, this.accounts,
				this.fixtures, this.models, this.jdbc);
		MeetingFixtures.Booking booking = meetingFixtures.awaitingSupplement();
		Path pc = Files.write(this.files.resolve("pc.png"), Fixtures.image("png", 275, 155));
		Path app = Files.write(this.files.resolve("app.jpg"), Fixtures.image("jpeg", 165, 220));
		Browser browser = this.session.browser();

		browser.logIn(booking.unit().getUsername(), Fixtures.PASSWORD);
		browser.open("/meetings/" + booking.meetingId() + "/supplement");
		browser.type("agenda", "1-主持人开场");
		assertThat(browser.driver.findElement(By.id("agenda-count")).getText()).isEqualTo("7/1000");
		browser.driver.findElement(By.name("intlAssociations[0]")).sendKeys("贸促会");
		browser.driver.findElement(By.cssSelector("[data-add-row='intlAssociations']")).click();
		browser.driver.findElement(By.name("intlAssociations[1]")).sendKeys("World Trade Centers Association, Inc.");
		browser.driver.findElement(By.name("domesticAssociations[0]")).sendKeys("商务局");
		browser.type("highlights", "白皮书发布");
		assertThat(browser.driver.findElement(By.id("highlights-count")).getText()).isEqualTo("5/300");
		browser.type("outcomes", "合作备忘录");
		browser.type("publishContent", "白皮书");
		// The radio sits under the fixed-size page's fold: clicked as a person would
		// after
		// scrolling.
		((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
				"arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				browser.driver.findElement(By.cssSelector("input[name='recorded'][value='true']")));
		browser.driver.findElement(By.id("posterPc")).sendKeys(pc.toString());
		browser.driver.findElement(By.id("posterApp")).sendKeys(app.toString());
		browser.screenshot("meeting-supplement");
		((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
				"arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				browser.driver.findElement(By.id("supplement-submit")));
		browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/supplement")));

		Meeting meeting = meetingFixtures.meeting(booking);
		assertThat(meeting.getIntlAssociations()).isEqualTo("贸促会\nWorld Trade Centers Association, Inc.");
		assertThat(meeting.getRecorded()).isTrue();
		assertThat(meetingFixtures.files(booking)).isEqualTo(2);
		this.fixtures.awaitOpenTask(booking.caseId(), "Task_ReReview");
	}

}
