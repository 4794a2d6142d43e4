package org.fairflow.portal.badge;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.fairflow.portal.browser.BrowserSession;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The badge flow in the browser: the liaison adds two visitors with photos and submits
 * them; the delegation, with unified payment on, pays for one and declines the other,
 * which the unit pays through the simulated gateway; both badges come out produced and
 * handed over, and the printed badge's QR code leads to a valid verification page.
 */
@PortalTest
class BadgeFlowBrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@Test
	void oneVisitorIsPaidByTheUnitTheOtherByTheDelegationAndBothAreProduced() throws IOException {
		Fixtures.Tree tree = this.fixtures.tree();
		PortalUser liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, tree);
		BadgeTestData.unifiedPaymentOn(this.jdbc, tree.delegation().getId(), null);

		this.session.browser().logIn(liaison.getUsername(), Fixtures.PASSWORD);
		addPerson("赵一", LocalDate.of(1985, 1, 15));
		addPerson("钱二", LocalDate.of(1987, 7, 9));
		this.session.browser().open("/badge/persons");
		this.session.browser().driver
			.findElement(By
				.cssSelector("tr.person-row[data-person-id='" + personId(liaison, "赵一") + "'] input.person-select"))
			.click();
		this.session.browser().driver
			.findElement(By
				.cssSelector("tr.person-row[data-person-id='" + personId(liaison, "钱二") + "'] input.person-select"))
			.click();
		this.session.browser().screenshot("badge-drafts");
		this.session.browser().click("submit-selected");
		this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit-report")));
		this.session.browser().logOut();

		this.session.browser().decideTask(tree.delegationReviewer(), caseOf(liaison, "赵一"), "confirm", "badge-confirm");
		this.session.browser().decideTask(tree.delegationReviewer(), caseOf(liaison, "钱二"), "decline", "badge-decline");
		this.session.browser().logOut();

		this.session.browser().logIn(liaison.getUsername(), Fixtures.PASSWORD);
		payFor("钱二");

		this.session.browser().open("/badge/persons?status=DELIVERED");
		this.session.browser()
			.reloadUntil((page) -> "2"
				.equals(page.findElement(By.cssSelector(".status-count[data-status='DELIVERED']")).getText()));
		this.session.browser().screenshot("badge-delivered");
		this.session.browser().open("/badge/persons/" + personId(liaison, "赵一"));
		this.session.browser().click("print-badge");
		WebElement qr = this.session.browser().wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("badge-qr")));
		this.session.browser().wait.until((page) -> Boolean.TRUE.equals(((JavascriptExecutor) page)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr)));
		this.session.browser().screenshot("badge-print");
		String verifyUrl = scan(qr.getScreenshotAs(OutputType.BYTES));
		assertThat(verifyUrl).contains("/verify/");
		// Scanned at the gate: nobody is logged in there.
		this.session.browser().driver.manage().deleteAllCookies();
		this.session.browser().driver.get(verifyUrl);
		this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-valid")));
		assertThat(this.session.browser().driver.findElement(By.id("verify-valid")).getText()).contains("赵一");
		this.session.browser().screenshot("badge-verified");
	}

	private void addPerson(String name, LocalDate birth) throws IOException {
		Path photo = Files.createTempFile("photo-", ".jpg");
		try {
			Files.write(photo, BadgeTestData.jpeg(600, 800));
			this.session.browser().open("/badge/persons/new");
			this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-form")));
			new Select(this.session.browser().driver.findElement(By.id("nationality"))).selectByValue("CN");
			this.session.browser().type("nameZh", name);
			new Select(this.session.browser().driver.findElement(By.id("gender"))).selectByValue("MALE");
			new Select(this.session.browser().driver.findElement(By.id("documentType"))).selectByValue("RESIDENT_ID");
			this.session.browser().type("documentNumber", BadgeTestData.residentId(birth));
			this.session.browser().setValue("birthDate", birth.toString());
			this.session.browser().type("mobile", "13912345678");
			this.session.browser().type("jobTitle", "采购经理");
			new Select(this.session.browser().driver.findElement(By.id("badgeType"))).selectByValue("VISITOR");
			this.session.browser().setValue("entryFrom", "2027-04-15");
			this.session.browser().setValue("entryTo", "2027-04-19");
			this.session.browser().driver.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
			this.session.browser().driver.findElement(By.id("person-save")).click();
			this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	/**
	 * The unit orders the declined person's badge and pays it on the simulated gateway.
	 */
	private void payFor(String name) {
		this.session.browser().open("/payment");
		By item = By.xpath("//tr[contains(@class,'open-item')][contains(., '" + name + "')]//input[@type='checkbox']");
		this.session.browser().reloadUntil((page) -> !page.findElements(item).isEmpty());
		this.session.browser().driver.findElement(item).click();
		this.session.browser().click("order-selected");
		this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-total")));
		assertThat(this.session.browser().driver.findElement(By.id("confirm-total")).getText()).isEqualTo("200.00");
		this.session.browser().driver.findElement(By.cssSelector("#confirm-form button[type='submit']")).click();
		this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-online")));
		this.session.browser().driver.findElement(By.cssSelector("#pay-online button")).click();
		this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("simulation-notice")));
		this.session.browser().screenshot("badge-simulated-gateway");
		this.session.browser().driver.findElement(By.cssSelector("#simulated-pay button")).click();
		this.session.browser().wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.session.browser().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-status")));
		assertThat(this.session.browser().driver.findElement(By.id("order-status")).getDomAttribute("data-status"))
			.isEqualTo("PAID");
	}

	/**
	 * Reads the QR code as a scanner would: from the picture on the screen. The screen
	 * shows the 300-pixel code at 32 mm, so its modules are blurred by the scaling; like
	 * a phone's scanner, it tries harder and with a second binarizer before it gives up.
	 */
	private static String scan(byte[] screenshot) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(screenshot));
		BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(image);
		Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		ReaderException last = null;
		for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
			try {
				return new QRCodeReader().decode(new BinaryBitmap(binarizer), hints).getText();
			}
			catch (ReaderException ex) {
				last = ex;
			}
		}
		throw new AssertionError("The printed QR code cannot be read", last);
	}

	private long personId(PortalUser liaison, String name) {
		return this.jdbc.queryForObject("select id from badge_person where unit_id = ? and name_zh = ?", Long.class,
				liaison.unitId(), name);
	}

	private String caseOf(PortalUser liaison, String name) {
		return this.jdbc.queryForObject("select case_id from badge_person where unit_id = ? and name_zh = ?",
				String.class, liaison.unitId(), name);
	}

}
