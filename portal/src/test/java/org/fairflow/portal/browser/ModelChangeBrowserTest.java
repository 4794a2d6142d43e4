package org.fairflow.portal.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 in the browser: the process owner publishes a changed unit-review.bpmn through
 * the console and sees the new version drawn; a case started on it shows its diagram on
 * the progress page (to the unit) and on the task page (to the reviewer), with the step
 * it waits at marked. The diagrams are drawn by the bpmn-js viewer the portal serves,
 * under its Content-Security-Policy.
 */
@PortalTest
class ModelChangeBrowserTest {

	/** The changed label: its own word, so that the viewer does not break it. */
	private static final String NEW_LABEL = "初审 First review 新版";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	ModelDeployment models;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void theOwnerPublishesAChangedProcessAndSeesItDrawnAndACaseOnItShowsWhereItWaits() throws IOException {
		String shipped = new ClassPathResource("models/unit-review.bpmn").getContentAsString(StandardCharsets.UTF_8);
		String changed = shipped.replace("name=\"初审 First review\"", "name=\"" + NEW_LABEL + "\"");
		assertThat(changed).isNotEqualTo(shipped);
		String owner = "owner-b" + System.nanoTime();
		this.accounts.create(owner, Fixtures.PASSWORD, Role.PROCESS_OWNER, "流程负责人", null, null);
		Path dir = Files.createTempDirectory("model-");
		Path file = Files.writeString(dir.resolve("unit-review.bpmn"), changed);
		try {
			browser().logIn(owner, Fixtures.PASSWORD);
			publishThroughConsole(file, "初审改名");
			browser().driver
				.findElement(By.cssSelector("tbody[data-model='unit-review.bpmn'] tr:first-child a.model-view"))
				.click();
			WebElement diagram = rendered("model-diagram");
			assertThat(labelOf(diagram, "Task_FirstReview")).contains("新版");
			browser().screenshot("model-version");
			browser().logOut();

			Fixtures.Tree tree = this.fixtures.tree();
			RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
			String caseId = this.fixtures.register(form);
			HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");

			browser().logIn(CreditCode.normalise(form.getCreditCode()), Fixtures.PASSWORD);
			browser().open("/progress/" + caseId);
			WebElement progress = rendered("case-diagram");
			assertThat(progress.findElements(By.cssSelector("g.ff-current[data-element-id='Task_FirstReview']")))
				.hasSize(1);
			assertThat(progress.findElements(By.cssSelector("g.ff-done[data-element-id='Task_VerifyCreditCode']")))
				.hasSize(1);
			assertThat(labelOf(progress, "Task_FirstReview")).as("the case's own version").contains("新版");
			browser().screenshot("progress-diagram");
			browser().logOut();

			browser().logIn(tree.subReviewer(), Fixtures.PASSWORD);
			browser().open("/tasks/" + task.getId());
			WebElement onTask = rendered("case-diagram");
			assertThat(onTask.findElements(By.cssSelector("g.ff-current[data-element-id='Task_FirstReview']")))
				.hasSize(1);
			browser().screenshot("task-diagram");
			assertThat(browser().consoleMessages()).as("nothing refused by the Content-Security-Policy")
				.noneMatch((message) -> message.contains("Content Security Policy"));
		}
		finally {
			// The shared portal's other tests expect the shipped model.
			this.models.publish("unit-review.bpmn", shipped.getBytes(StandardCharsets.UTF_8), "owner", "restored");
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	/**
	 * The console's upload, in one place: publishing may gain steps (a preview before
	 * publishing) without this test changing elsewhere.
	 */
	private void publishThroughConsole(Path file, String note) {
		browser().open("/console");
		browser().driver.findElement(By.id("model")).sendKeys(file.toAbsolutePath().toString());
		browser().type("changeNote", note);
		browser().click("publish");
		browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-form")));
		assertThat(browser().driver.findElements(By.id("check-errors"))).as("the checks find no error").isEmpty();
		assertThat(browser().driver.findElement(By.id("diff")).getText()).as("the diff names the changed step")
			.contains("Task_FirstReview");
		browser().driver.findElements(By.id("confirmWarnings")).forEach(WebElement::click);
		browser().click("publish");
		browser().wait.until(ExpectedConditions.alertIsPresent()).accept();
		browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-published")));
	}

	/** Waits until the page's script has drawn the diagram in this container. */
	private WebElement rendered(String containerId) {
		By drawn = By.cssSelector("#" + containerId + "[data-state='rendered']");
		browser().wait.until((page) -> !page.findElements(drawn).isEmpty()
				|| !page.findElements(By.cssSelector("#" + containerId + "[data-state='failed']")).isEmpty());
		assertThat(browser().driver.findElements(drawn)).as("diagram drawn").hasSize(1);
		return browser().driver.findElement(drawn);
	}

	/** An element's label as drawn (the viewer breaks it into lines). */
	private String labelOf(WebElement diagram, String elementId) {
		WebElement shape = diagram.findElement(By.cssSelector("g.djs-element[data-element-id='" + elementId + "']"));
		return (String) ((JavascriptExecutor) browser().driver).executeScript("return arguments[0].textContent", shape);
	}

	private Browser browser() {
		return this.session.browser();
	}

}
