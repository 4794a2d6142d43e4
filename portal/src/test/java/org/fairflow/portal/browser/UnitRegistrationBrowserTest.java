package org.fairflow.portal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit registers through the browser, both review levels approve it through their
 * inboxes, and the unit sees the approval and the SMS it was sent. Debian's headless
 * Chromium and ChromeDriver drive the real portal on PostgreSQL and the embedded engine.
 */
@PortalTest
class UnitRegistrationBrowserTest {

	private static final String MOBILE = "13912345678";

	/** The approval SMS of unit-review.bpmn (Task_SmsApproved). */
	private static final String APPROVAL_TEXT = "已通过审核";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void unitRegistersBothLevelsApproveAndTheUnitSeesTheApprovalSms() throws IOException {
		Fixtures.Tree tree = this.fixtures.tree();
		String creditCode = Fixtures.creditCode(UnitCategory.SOCIAL_ORGANISATION);
		String unitName = "浏览器测试商会" + tree.sub().getId();

		register(creditCode, unitName, tree.sub().getId());
		String caseId = this.cases.forApplicant("unit:" + this.fixtures.user(creditCode).unitId()).get(0).getId();

		approve(tree.subReviewer(), caseId, "task-first");
		approve(tree.delegationReviewer(), caseId, "task-second");

		logIn(creditCode, Fixtures.PASSWORD);
		open("/unit");
		WebElement progressLink = this.session.browser().wait
			.until(ExpectedConditions.elementToBeClickable(By.id("progress-link")));
		screenshot("unit");
		progressLink.click();
		this.session.browser().wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
		By approvalSms = By.xpath("//div[@id='messages']//li[@data-channel='SMS'][contains(., '" + APPROVAL_TEXT
				+ "') and contains(., '" + unitName + "')]");
		// The engine runs the closing steps after the second decision: reload until done.
		this.session.browser().wait.until((browser) -> {
			browser.navigate().refresh();
			return "APPROVED".equals(
					browser.findElement(By.cssSelector("#case-status .status-badge")).getDomAttribute("data-status"))
					&& !browser.findElements(approvalSms).isEmpty();
		});
		screenshot("progress");

		assertThat(this.session.browser().driver.findElement(By.cssSelector("#case-status .status-badge")).getText())
			.isEqualTo("审核通过");
		WebElement sms = this.session.browser().driver.findElement(approvalSms);
		String recipient = sms.findElement(By.cssSelector(".font-monospace")).getDomProperty("textContent");
		assertThat(recipient).contains("****5678").doesNotContain(MOBILE);
		assertThat(sms.getDomProperty("textContent")).doesNotContain(MOBILE);
	}

	private void register(String creditCode, String unitName, long subDelegationId) throws IOException {
		Path licence = Files.createTempFile("licence-", ".png");
		try {
			Files.write(licence, Fixtures.png());
			open("/register");
			this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
			type("creditCode", creditCode);
			new Select(this.session.browser().driver.findElement(By.id("category")))
				.selectByValue(UnitCategory.SOCIAL_ORGANISATION.name());
			type("nameZh", unitName);
			type("nameEn", "Browser Test Chamber " + subDelegationId);
			type("address", "上海市浦东新区测试路 8 号");
			type("contactName", "王联络");
			type("contactMobile", MOBILE);
			type("contactEmail", "liaison@example.com");
			new Select(this.session.browser().driver.findElement(By.id("organisationId")))
				.selectByValue(Long.toString(subDelegationId));
			type("recommendationCode", "REC2024");
			for (WebElement area : this.session.browser().driver.findElements(By.name("productAreas"))) {
				if ("FOOD_AGRI".equals(area.getDomAttribute("value"))
						|| "EQUIPMENT".equals(area.getDomAttribute("value"))) {
					area.click();
				}
			}
			type("plannedImportAmount", "88.50");
			this.session.browser().driver.findElement(By.id("licence")).sendKeys(licence.toAbsolutePath().toString());
			type("password", Fixtures.PASSWORD);
			type("passwordConfirm", Fixtures.PASSWORD);
			screenshot("register");
			this.session.browser().driver.findElement(By.id("register-submit")).click();
			this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered")));
			assertThat(this.session.browser().driver.getCurrentUrl()).contains("/login");
		}
		finally {
			Files.deleteIfExists(licence);
		}
	}

	private void approve(String reviewer, String caseId, String taskShot) {
		this.session.browser().decideTask(reviewer, caseId, "approve", taskShot);
		this.session.browser().logOut();
	}

	private void logIn(String username, String password) {
		this.session.browser().logIn(username, password);
	}

	private void open(String path) {
		this.session.browser().open(path);
	}

	private void type(String id, String text) {
		this.session.browser().type(id, text);
	}

	private void screenshot(String name) {
		this.session.browser().screenshot(name);
	}

}
