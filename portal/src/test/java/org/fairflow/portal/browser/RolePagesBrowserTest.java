package org.fairflow.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's main pages, in Chinese and in English, at desktop (1280 px) and phone (375
 * px) width: no page scrolls sideways, no message key is left untranslated, and an
 * English page labels nothing in Chinese (data such as the names a unit entered aside).
 * One portal for the class (the shared test context); screenshots land in
 * {@code target/screenshots/role-*}.
 */
@PortalTest
class RolePagesBrowserTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/**
	 * What labels the page: navigation, headings, table heads, form labels, buttons. A
	 * heading marked {@code data-entered} shows what a person entered (a meeting's name
	 * on the programme): data, not a label.
	 */
	private static final String LABELS = "nav .nav-link:not(#lang-zh), nav .navbar-brand, h1, h2:not([data-entered]), h3, h4, h5, th, "
			+ "label, legend, dt, button, .btn, .form-text, #history td:nth-child(2), #history td:nth-child(4)";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@RegisterExtension
	final BrowserSession session = new BrowserSession();

	private Fixtures.Tree tree;

	private RegistrationForm unit;

	private String caseId;

	private final List<String> problems = new ArrayList<>();

	/** The units the test registered: what they entered is data, shown as entered. */
	private final List<RegistrationForm> units = new ArrayList<>();

	@BeforeEach
	void aUnitUnderReview() {
		this.tree = this.fixtures.tree();
		this.unit = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub());
		this.units.add(this.unit);
		this.caseId = this.fixtures.register(this.unit);
		this.fixtures.awaitOpenTask(this.caseId, "Task_FirstReview");
	}

	@Test
	void theUnitsPagesFitAPhoneAndSpeakOneLanguage() {
		walk(creditCode(this.unit), "unit", "/unit", "/progress", "/progress/" + this.caseId, "/exhibitor/register");
		// Persons and payment are open to an approved unit only.
		RegistrationForm approved = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.sub());
		this.fixtures.awaitClosed(this.fixtures.register(approved));
		this.units.add(approved);
		this.session.browser().driver.manage().deleteAllCookies();
		walk(creditCode(approved), "unit", "/badge/persons", "/badge/persons/new", "/payment", "/billing", "/refunds");
	}

	@Test
	void theSubDelegationReviewersPagesFitAPhoneAndSpeakOneLanguage() {
		String task = "/tasks/" + this.fixtures.awaitOpenTask(this.caseId, "Task_FirstReview").getId();
		walk(this.tree.subReviewer(), "sub", "/tasks", task, "/quotas", "/badge/overview");
	}

	@Test
	void theDelegationReviewersPagesFitAPhoneAndSpeakOneLanguage() {
		walk(this.tree.delegationReviewer(), "delegation", "/tasks", "/quotas", "/badge/overview", "/unified");
	}

	@Test
	void theOrganisersPagesFitAPhoneAndSpeakOneLanguage() {
		walk(account("organiser", Role.ORGANISER, this.tree.organiser()), "organiser", "/tasks", "/quotas",
				"/badge/overview", "/badge/member-units", "/badge/student-cards", "/finance", "/finance/reconciliation",
				"/finance/invoices", "/meetings/calendar", "/rooms", "/rooms/new", "/programme", "/invitations",
				"/invitations/new", "/invitations/exhibitors", "/exhibits/listed", "/exhibits/listed/projects",
				"/statistics", "/units", "/admin/organisations", "/admin/accounts", "/admin/settings", "/admin/audit");
	}

	@Test
	void financesPagesFitAPhoneAndSpeakOneLanguage() {
		walk(account("finance", Role.FINANCE, this.tree.organiser()), "finance", "/tasks", "/finance",
				"/finance/reconciliation", "/finance/invoices");
	}

	@Test
	void theProcessOwnersPagesFitAPhoneAndSpeakOneLanguage() {
		walk(account("owner", Role.PROCESS_OWNER, null), "owner", "/console", "/console/incidents",
				"/console/migrations");
	}

	@Test
	void theRegistrationAVisitorSeesFitsAPhoneAndSpeaksOneLanguage() {
		Browser browser = this.session.browser();
		browser.driver.manage().deleteAllCookies();
		for (String language : List.of("zh_CN", "en")) {
			browser.open("/?lang=" + language);
			for (boolean phone : List.of(false, true)) {
				viewport(phone);
				for (String page : List.of("/", "/register")) {
					browser.open(page);
					browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("nav")));
					check(page + " (" + language + ", " + (phone ? "375" : "1280") + " px)", "en".equals(language));
					browser.screenshot("role-visitor" + shotName(page) + "-" + language + (phone ? "-phone" : ""));
				}
			}
		}
		assertThat(this.problems).as("pages of a visitor").isEmpty();
	}

	private void walk(String username, String role, String... pages) {
		Browser browser = this.session.browser();
		browser.logIn(username, Fixtures.PASSWORD);
		for (String language : List.of("zh_CN", "en")) {
			browser.open("/?lang=" + language);
			for (boolean phone : List.of(false, true)) {
				viewport(phone);
				if (phone) {
					menuOpens(role, language);
				}
				for (String page : pages) {
					browser.open(page);
					browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
					String where = page + " (" + language + ", " + (phone ? "375" : "1280") + " px)";
					check(where, "en".equals(language));
					if (!phone) {
						menuFitsOneLine(where);
					}
					browser.screenshot("role-" + role + shotName(page) + "-" + language + (phone ? "-phone" : ""));
				}
			}
		}
		assertThat(this.problems).as("pages of the %s", role).isEmpty();
	}

	/**
	 * On a phone the menu folds behind a button that opens it (Bootstrap's own script).
	 */
	private void menuOpens(String role, String language) {
		Browser browser = this.session.browser();
		browser.open("/");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("logout")));
		browser.click("nav-toggle");
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
		browser.screenshot("role-" + role + "-menu-" + language + "-phone");
	}

	private String shotName(String page) {
		return page.replace(this.caseId, "case").replaceAll("/tasks/\\d+", "/tasks/task").replaceAll("[^a-z0-9]+", "-");
	}

	private void check(String where, boolean english) {
		JavascriptExecutor js = (JavascriptExecutor) this.session.browser().driver;
		if (!this.session.browser().driver.findElements(By.id("error-title")).isEmpty()) {
			this.problems.add(where + ": error page");
		}
		Number overflow = (Number) js.executeScript("var d = document.documentElement;"
				+ " return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;");
		if (overflow.intValue() > 0) {
			this.problems.add(where + ": scrolls sideways by " + overflow + " px");
		}
		String text = (String) js.executeScript("return document.body.innerText + ' ' + Array.from("
				+ "document.querySelectorAll('[placeholder],[title],[aria-label]')).map(function (e) {"
				+ " return [e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('aria-label')]"
				+ ".join(' '); }).join(' ');");
		if (text.contains("??") || text.contains("#{")) {
			this.problems.add(where + ": untranslated message key in \"" + around(text) + "\"");
		}
		if (english) {
			@SuppressWarnings("unchecked")
			List<String> labels = (List<String>) js.executeScript("return Array.from(document.querySelectorAll('"
					+ LABELS + "')).map(function (e) { return e.innerText; });");
			for (String label : labels) {
				if (HAN.matcher(withoutData(label)).find()) {
					this.problems.add(where + ": Chinese in the English label \"" + label.strip() + "\"");
				}
			}
		}
	}

	/**
	 * At desktop width every menu entry, the sign-out button last, sits on the menu's one
	 * line inside the bar's padding (the menu may be wider than the bar: it overflows).
	 */
	private void menuFitsOneLine(String where) {
		JavascriptExecutor js = (JavascriptExecutor) this.session.browser().driver;
		String outside = (String) js.executeScript("var bar = document.querySelector('nav .navbar-collapse');"
				+ " if (!bar) { return ''; } var holder = bar.parentElement;"
				+ " var right = holder.getBoundingClientRect().right - parseFloat(getComputedStyle(holder).paddingRight);"
				+ " var first = null;"
				+ " return Array.from(bar.querySelectorAll('.nav-item')).filter(function (item) {"
				+ " var r = item.getBoundingClientRect(); if (first === null) { first = r.top; }"
				+ " return r.right > right + 1 || Math.abs(r.top - first) > 12; })"
				+ ".map(function (item) { return item.innerText.trim(); }).join(', ');");
		if (!outside.isEmpty()) {
			this.problems.add(where + ": menu entries off the menu's line: " + outside);
		}
	}

	/** What the unit entered is data, shown as entered; the signed-in user's name too. */
	private String withoutData(String label) {
		String rest = label;
		for (RegistrationForm form : this.units) {
			for (String data : Set.of(form.getNameZh(), form.getContactName(), form.getAddress())) {
				rest = rest.replace(data, "");
			}
		}
		return rest;
	}

	private static String around(String text) {
		int at = Math.max(text.indexOf("??"), text.indexOf("#{"));
		return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
	}

	/**
	 * Desktop at one device pixel per CSS pixel; a phone as Chrome's device mode has it.
	 */
	private void viewport(boolean phone) {
		((HasCdp) this.session.browser().driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				phone ? Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true)
						: Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
	}

	private static String creditCode(RegistrationForm form) {
		return org.fairflow.workers.registry.CreditCode.normalise(form.getCreditCode());
	}

	private String account(String prefix, Role role, Organisation organisation) {
		String username = prefix + this.tree.sub().getId();
		this.accounts.create(username, Fixtures.PASSWORD, role, username,
				(organisation != null) ? organisation.getId() : null, null);
		return username;
	}

}
