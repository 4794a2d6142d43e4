package org.fairflow.portal.refund;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairflow.portal.browser.Browser;
import org.fairflow.portal.browser.BrowserSession;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing in the browser, from a paid order of two visitors: the unit requests an
 * ordinary invoice and downloads its PDF, then asks for the fee of the visitor whose
 * review was rejected; finance approves, the invoice is reversed in part by a red-letter
 * invoice and the fee goes back through the gateway, once.
 */
@PortalTest
class BillingBrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void aPaidOrderIsInvoicedDownloadedAndTheRejectedVisitorsFeeRefundedAfterARedLetterInvoice() throws IOException {
		RefundTestData.Unit unit = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PortalUser finance = RefundTestData.finance(this.fixtures, this.accounts, unit.tree());
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, unit,
				RefundTestData.Person.rejected("张三", "200.00"), RefundTestData.Person.active("李四", "200.00"));
		Browser browser = this.session.browser();
		By orderRow = By.cssSelector("tr.billing-order[data-order-id='" + order.orderId() + "']");

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		browser.open("/billing");
		browser.driver.findElement(orderRow).findElement(By.cssSelector("a.billing-request")).click();
		assertThat(browser.driver.findElement(By.id("invoice-order-total")).getText()).isEqualTo("400.00");
		browser.driver.findElement(By.cssSelector("input[name='kind'][value='ORDINARY']")).click();
		browser.screenshot("billing-invoice-form");
		browser.click("invoice-submit");
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));

		browser.reloadUntil(
				(page) -> !page.findElement(orderRow).findElements(By.cssSelector("a.billing-download")).isEmpty());
		browser.screenshot("billing-invoiced");
		browser.driver.findElement(orderRow).findElement(By.cssSelector("a.billing-download")).click();
		Path pdf = browser.awaitDownload(".pdf");
		String number = this.jdbc.queryForObject("select invoice_number from invoice_request where order_id = ?",
				String.class, order.orderId());
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(number).contains("400.00");
		}

		browser.driver.findElement(orderRow).findElement(By.cssSelector("a.billing-refund")).click();
		Long rejected = order.itemIds().get(0);
		assertThat(browser.driver.findElement(By.cssSelector("tr.refund-line[data-item-id='" + rejected + "']"))
			.getDomAttribute("data-ended-as")).isEqualTo("REJECTED");
		browser.click("item-" + rejected);
		browser.click("refund-continue");
		assertThat(browser.driver.findElement(By.id("confirm-amount")).getText()).isEqualTo("200.00");
		assertThat(browser.driver.findElement(By.id("exchange-rate-note")).isDisplayed()).isTrue();
		browser.screenshot("billing-refund-confirm");
		browser.click("refund-request");
		acceptConfirmationIfAsked(browser);
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));
		String caseId = this.jdbc.queryForObject("select case_id from refund_request where order_id = ?", String.class,
				order.orderId());
		browser.logOut();

		browser.decideTask(finance.getUsername(), caseId, "approve", "billing-refund-review");
		browser.logOut();

		browser.logIn(unit.liaison().getUsername(), Fixtures.PASSWORD);
		By refundRow = By.cssSelector("#refunds tr.refund-row .refund-state[data-state='REFUNDED']");
		browser.open("/refunds");
		browser.reloadUntil((page) -> !page.findElements(refundRow).isEmpty());
		browser.screenshot("billing-refunded");
		browser.open("/billing");
		WebElement redLetter = browser.driver.findElement(orderRow).findElement(By.cssSelector(".billing-red-letter"));
		assertThat(redLetter.getDomAttribute("data-state")).isEqualTo("ISSUED");
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-"
				+ this.jdbc.queryForObject("select id from refund_request where case_id = ?", Long.class, caseId)))
			.isOne();
		assertThat(this.jdbc.queryForList("select status from payment_item where order_id = ? order by id",
				String.class, order.orderId()))
			.containsExactly("REFUNDED", "PAID");
	}

	/** Pages with data-confirm ask before they send; accept when they do. */
	private static void acceptConfirmationIfAsked(Browser browser) {
		try {
			browser.driver.switchTo().alert().accept();
		}
		catch (org.openqa.selenium.NoAlertPresentException ex) {
			// This form sends without asking.
		}
	}

}
