package org.fairflow.portal.browser;

import java.util.List;
import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.FormReviews;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployed form in the real browser, under the portal's Content-Security-Policy: the
 * vendored form-js draws it filled with the case's variables, holds back a decision while
 * a required field is empty, and hands the fields to the process.
 */
@PortalTest
class DeployedFormBrowserTest {

	/**
	 * Collects the CSP violations of the page so far (buffered reports included), after
	 * making one on purpose (an inline style attribute) so the check shows it can see
	 * them.
	 */
	private static final String CSP_VIOLATIONS = """
			var done = arguments[arguments.length - 1], found = [];
			document.body.appendChild(document.createElement('div')).setAttribute('style', 'color: red');
			new ReportingObserver(function (reports) {
			  reports.forEach(function (r) { found.push(r.body.effectiveDirective + ' ' + r.body.blockedURL); });
			}, { types: ['csp-violation'], buffered: true }).observe();
			setTimeout(function () { done(found); }, 500);
			""";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	ModelDeployment models;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void theFormIsDrawnFilledChecksARequiredFieldAndItsFieldsReachTheProcess() {
		Fixtures.Tree tree = this.fixtures.tree();
		FormReviews.publishForm(this.models, "browser-remarks", "remarks-v2.form");
		FormReviews.publishProcess(this.models, "browser-form-review", "browser-remarks");
		String caseId = FormReviews.start(this.cases, "browser-form-review", tree, Map.of("remarks", "预填意见"));
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		Browser browser = this.session.browser();

		browser.logIn(tree.delegationReviewer(), Fixtures.PASSWORD);
		browser.open("/tasks/" + task.getId());
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#task-form[data-form-ready]")));
		WebElement remarks = browser.driver.findElement(By.cssSelector("#task-form textarea"));
		assertThat(remarks.getDomProperty("value")).isEqualTo("预填意见");

		browser.driver.findElement(By.id("decision-approve")).click();
		browser.driver.findElement(By.id("decide")).click();
		browser.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#task-form .fjs-form-field-error")));
		browser.screenshot("deployed-form-refused");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/tasks/" + task.getId());

		browser.driver.findElement(By.cssSelector("#task-form input[type='text']")).sendKeys("C-12");
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) ((JavascriptExecutor) browser.driver)
			.executeAsyncScript(CSP_VIOLATIONS);
		browser.driver.findElement(By.id("decide")).click();
		browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));

		assertThat(violations).as("only the probe's own violation").containsExactly("style-src-attr inline");
		this.fixtures.awaitClosed(caseId);
		assertThat(this.cases.history(caseId)).anySatisfy((e) -> assertThat(e.getComment()).isEqualTo("预填意见 / C-12"));
	}

}
