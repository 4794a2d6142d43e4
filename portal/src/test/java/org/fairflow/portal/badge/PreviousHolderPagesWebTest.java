package org.fairflow.portal.badge;

import java.util.Locale;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The liaison's previous-edition persons page: only the unit's own holders, masked,
 * paged; re-apply and reuse behind a confirmation and CSRF; refusals as messages.
 */
@PortalTest
@AutoConfigureMockMvc
class PreviousHolderPagesWebTest {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final byte[] PHOTO = BadgeTestData.jpeg(600, 800);

	@Autowired
	MockMvc mvc;

	WebPages pages;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	PreviousHolderArchive archive;

	@Autowired
	PreviousHolders previous;

	PortalUser liaison;

	String organisationCode;

	@BeforeEach
	void approvedUnit() {
		this.pages = new WebPages(this.mvc);
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		this.organisationCode = this.jdbc.queryForObject(
				"select o.code from unit u join organisation o on o.id = u.organisation_id where u.id = ?",
				String.class, this.liaison.unitId());
	}

	@Test
	void aUnitWithoutPreviousHoldersSeesTheEmptyState() throws Exception {
		String html = this.pages.page(get("/badge/previous").with(user(this.liaison)));

		assertThat(html).contains("id=\"previous-empty\"").contains(text("badge.previous.empty"));
		assertThat(this.pages.page(get("/badge/persons").with(user(this.liaison))))
			.contains("href=\"/badge/previous\"");
	}

	@Test
	void theListShowsOnlyTheUnitsOwnHoldersMaskedWithConfirmedActions() throws Exception {
		PreviousHolderArchive.Entry passed = entry(true);
		Long passedId = this.archive.record(passed, PHOTO);
		Long notPassedId = this.archive.record(entry(false), PHOTO);
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Long othersId = this.archive
			.record(PreviousHolderTestData.entry(other.getUsername(), this.organisationCode, last(), true), PHOTO);

		String html = this.pages.page(get("/badge/previous").with(user(this.liaison)));

		assertThat(html).contains("data-holder-id=\"" + passedId + "\"")
			.contains("data-holder-id=\"" + notPassedId + "\"")
			.doesNotContain("data-holder-id=\"" + othersId + "\"");
		assertThat(html).contains(PersonRules.mask(passed.documentNumber()))
			.doesNotContain(passed.documentNumber())
			.doesNotContain(passed.mobile())
			.contains("139****1234");
		assertThat(html).contains("data-confirm=").contains(text("badge.reuse.conditions"));
		assertThat(count(html, "class=\"d-inline holder-reapply\"")).isEqualTo(2);
		assertThat(count(html, "class=\"d-inline holder-reuse\"")).as("reuse only for the passed holder").isOne();
		assertThat(this.pages.page(get("/badge/previous").with(user(other))))
			.doesNotContain("data-holder-id=\"" + passedId + "\"");
	}

	@Test
	void theListIsPaged() throws Exception {
		for (int i = 0; i <= PreviousHolders.PAGE_SIZE; i++) {
			this.archive.record(entry(true), null);
		}

		String first = this.pages.page(get("/badge/previous").with(user(this.liaison)));
		assertThat(first).contains("id=\"pagination\"");
		assertThat(count(first, "class=\"holder-row\"")).isEqualTo(PreviousHolders.PAGE_SIZE);
		String second = this.pages.page(get("/badge/previous").param("page", "1").with(user(this.liaison)));
		assertThat(count(second, "class=\"holder-row\"")).isOne();
		assertThat(count(this.pages.page(get("/badge/previous").param("page", "x").with(user(this.liaison))),
				"class=\"holder-row\""))
			.isEqualTo(PreviousHolders.PAGE_SIZE);
	}

	@Test
	void reusingMarksThePersonInTheListAndTheHolderAsBroughtForward() throws Exception {
		Long holder = this.archive.record(entry(true), PHOTO);

		MvcResult result = this.pages
			.perform(post("/badge/previous/" + holder + "/reuse").with(csrf()).with(user(this.liaison)));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons");
		assertThat(result.getFlashMap().get("successKey")).isEqualTo("badge.previous.reused");
		assertThat(this.pages.page(get("/badge/persons").with(user(this.liaison)))).contains("person-reuse")
			.contains(text("badge.reuse.mark"));
		String list = this.pages.page(get("/badge/previous").with(user(this.liaison)));
		assertThat(list).contains("holder-brought").doesNotContain("class=\"d-inline holder-reuse\"");

		MvcResult again = this.pages
			.perform(post("/badge/previous/" + holder + "/reapply").with(csrf()).with(user(this.liaison)));
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/badge/previous");
		assertThat(again.getFlashMap().get("errorKey")).isEqualTo("badge.previous.alreadyBrought");
		assertThat(persons()).isOne();
	}

	@Test
	void reApplyingOpensTheNewDraftForEditing() throws Exception {
		Long holder = this.archive.record(entry(false), PHOTO);

		MvcResult result = this.pages
			.perform(post("/badge/previous/" + holder + "/reapply").with(csrf()).with(user(this.liaison)));

		Long id = this.jdbc.queryForObject("select id from badge_person where unit_id = ?", Long.class,
				this.liaison.unitId());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/persons/" + id + "/edit");
		String form = this.pages.page(get("/badge/persons/" + id + "/edit").with(user(this.liaison)));
		assertThat(form).contains("王芳").doesNotContain("id=\"reuse-hint\"");
	}

	@Test
	void aRefusedReuseSaysWhyAndStoresNothing() throws Exception {
		Long notPassed = this.archive.record(entry(false), PHOTO);

		MvcResult result = this.pages
			.perform(post("/badge/previous/" + notPassed + "/reuse").with(csrf()).with(user(this.liaison)));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/badge/previous");
		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("badge.reuse.notPassed");
		assertThat(persons()).isZero();
	}

	@Test
	void editingAPrintedFieldOfAReusedDraftSaysItIsNowANewApplication() throws Exception {
		Long holder = this.archive.record(entry(true), PHOTO);
		Person reused = this.previous.reuse(this.liaison.getUsername(), holder);
		assertThat(this.pages.page(get("/badge/persons/" + reused.getId() + "/edit").with(user(this.liaison))))
			.contains("id=\"reuse-hint\"");

		PersonForm form = PersonForm.of(reused);
		form.setBadgeType("STAFF");
		MvcResult result = this.pages.perform(edit(reused.getId(), form));

		assertThat(result.getFlashMap().get("successKey")).isEqualTo("badge.reuse.dropped");
		assertThat(this.jdbc.queryForObject("select reused_from from badge_person where id = ?", Long.class,
				reused.getId()))
			.isNull();
		assertThat(text("badge.reuse.dropped")).contains("新申请");
		assertThat(this.messages.getMessage("badge.reuse.dropped", null, Locale.ENGLISH))
			.contains("Printed fields changed: this is now a new application");
	}

	@Test
	void editingANonPrintedFieldOfAReusedDraftKeepsTheReuse() throws Exception {
		Long holder = this.archive.record(entry(true), PHOTO);
		Person reused = this.previous.reuse(this.liaison.getUsername(), holder);

		PersonForm form = PersonForm.of(reused);
		form.setJobTitle("总经理");
		MvcResult result = this.pages.perform(edit(reused.getId(), form));

		assertThat(result.getFlashMap().get("successKey")).isEqualTo("badge.saved");
		assertThat(this.jdbc.queryForObject("select reused_from from badge_person where id = ?", Long.class,
				reused.getId()))
			.isEqualTo(holder);
	}

	@Test
	void actionsNeedTheCsrfTokenAndTheUnitsOwnHolder() throws Exception {
		Long holder = this.archive.record(entry(true), PHOTO);
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);

		assertThat(this.pages.status(post("/badge/previous/" + holder + "/reuse").with(user(this.liaison))))
			.isEqualTo(403);
		assertThat(this.pages.status(post("/badge/previous/" + holder + "/reapply").with(user(this.liaison))))
			.isEqualTo(403);
		assertThat(this.pages.status(post("/badge/previous/" + holder + "/reuse").with(csrf()).with(user(other))))
			.isEqualTo(404);
		assertThat(this.pages.status(post("/badge/previous/" + holder + "/reapply").with(csrf()).with(user(other))))
			.isEqualTo(404);
		assertThat(this.pages.status(post("/badge/previous/abc/reuse").with(csrf()).with(user(this.liaison))))
			.isEqualTo(404);
		assertThat(persons()).isZero();
	}

	@Test
	void reviewersAndUnapprovedUnitsAreForbidden() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.fixtures.tree().delegationReviewer());
		assertThat(this.pages.status(get("/badge/previous").with(user(reviewer)))).isEqualTo(403);
		assertThat(this.pages.status(post("/badge/previous/1/reuse").with(csrf()).with(user(reviewer)))).isEqualTo(403);
		PortalUser underReview = BadgeTestData.registeredUnit(this.fixtures);
		assertThat(this.pages.status(get("/badge/previous").with(user(underReview)))).isEqualTo(403);
		assertThat(this.mvc.perform(get("/badge/previous")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private PreviousHolderArchive.Entry entry(boolean passed) {
		return PreviousHolderTestData.entry(this.liaison.getUsername(), this.organisationCode, last(), passed);
	}

	private int last() {
		return this.previous.edition() - 1;
	}

	private RequestBuilder edit(Long id, PersonForm form) {
		MockMultipartHttpServletRequestBuilder request = multipart("/badge/persons/" + id);
		request.param("nationality", form.getNationality())
			.param("nameZh", form.getNameZh())
			.param("nameEn", (form.getNameEn() == null) ? "" : form.getNameEn())
			.param("gender", form.getGender())
			.param("documentType", form.getDocumentType())
			.param("documentNumber", form.getDocumentNumber())
			.param("birthDate", form.getBirthDate())
			.param("mobile", form.getMobile())
			.param("email", (form.getEmail() == null) ? "" : form.getEmail())
			.param("jobTitle", form.getJobTitle())
			.param("badgeType", form.getBadgeType())
			.param("entryFrom", form.getEntryFrom())
			.param("entryTo", form.getEntryTo());
		return request.with(csrf()).with(user(this.liaison));
	}

	private long persons() {
		return this.jdbc.queryForObject("select count(*) from badge_person where unit_id = ?", Long.class,
				this.liaison.unitId());
	}

	private static int count(String html, String marker) {
		return html.split(java.util.regex.Pattern.quote(marker), -1).length - 1;
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, CHINESE), "UTF-8");
	}

}
