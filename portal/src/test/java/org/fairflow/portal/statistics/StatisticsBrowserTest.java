package org.fairflow.portal.statistics;

import org.fairflow.portal.browser.Browser;
import org.fairflow.portal.browser.BrowserSession;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.UnitRows;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organiser opens the statistics in a real browser: both charts are drawn by the
 * ECharts the portal serves (under the policy that forbids inline script), and a number
 * opens the list with that many rows.
 */
@PortalTest
class StatisticsBrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	@ParameterizedTest
	@CsvSource({ "zh, 统计表, 单位列表", "en, Statistics, Units" })
	void theChartsRenderAndANumberOpensItsList(String language, String title, String listTitle) {
		StatisticsData data = new StatisticsData(this.fixtures, new UnitRows(this.jdbc));
		PortalUser organiser = this.fixtures.organiserReviewer(data.tree);
		Browser browser = this.session.browser();
		browser.logIn(organiser.getUsername(), Fixtures.PASSWORD);
		browser.open("/statistics?lang=" + language);

		browser.wait.until(ExpectedConditions.attributeToBe(By.id("chart-trend"), "data-state", "rendered"));
		browser.wait.until(ExpectedConditions.attributeToBe(By.id("chart-lead"), "data-state", "rendered"));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		for (String chart : new String[] { "chart-trend", "chart-lead" }) {
			assertThat(browser.driver.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
			Object instance = ((JavascriptExecutor) browser.driver).executeScript(
					"return window.echarts.getInstanceByDom(document.getElementById(arguments[0])) != null", chart);
			assertThat(instance).as(chart).isEqualTo(Boolean.TRUE);
		}
		browser.screenshot("statistics-" + language);

		WebElement number = browser.driver.findElement(By.xpath("//tr[@data-org-id='" + data.tree.delegation().getId()
				+ "']//a[@data-kind='units' and @data-key='ALL']"));
		assertThat(number.getText()).isEqualTo("5");
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", number);
		number.click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("units")));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(listTitle);
		assertThat(browser.driver.findElements(By.cssSelector("#units .unit-row"))).hasSize(5);
		assertThat(browser.consoleMessages()).noneMatch((message) -> message.contains("Content Security Policy"));
	}

}
