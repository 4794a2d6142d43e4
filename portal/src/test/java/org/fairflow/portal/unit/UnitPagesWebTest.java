package org.fairflow.portal.unit;

import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The applicant's own page: frozen while under review, editable and resubmittable once
 * returned.
 */
@PortalTest
@AutoConfigureMockMvc
class UnitPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	UnitRepository units;

	@Autowired
	MessageSource messages;

	@Autowired
	UnitLicenceRepository licences;

	@Autowired
	Accounts accounts;

	@Autowired
	Cases cases;

	@Test
	void aUnitUnderReviewIsFrozenAndCannotResubmit() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		PortalUser applicant = applicant(form);

		String home = page(get("/unit").with(user(applicant)));
		assertThat(home).contains(text("unit.frozenHint")).doesNotContain("id=\"resubmit-form\"");

		String refused = page(resubmit(form, "改名企图").with(user(applicant)));
		assertThat(refused).contains(text("unit.frozen"));
		assertThat(this.units.findById(applicant.unitId()).orElseThrow().getNameZh()).isEqualTo(form.getNameZh());
		assertThat(this.fixtures.openTask(caseId, "Task_FirstReview")).isNotNull();
	}

	@Test
	void aReturnedUnitCorrectsItsDataAndResubmits() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = returned(form, tree, "名称有误");
		PortalUser applicant = applicant(form);

		String home = page(get("/unit").with(user(applicant)));
		assertThat(home).contains("id=\"resubmit-form\"").contains(form.getNameZh());
		assertThat(between(home, "id=\"reviewer-note\"", "id=\"resubmit-form\"")).contains(text("unit.returned.title"))
			.contains("名称有误")
			.contains("初审员" + tree.subReviewer().substring(3));

		String invalid = page(resubmit(form, "新名称").param("contactMobile", "12345").with(user(applicant)));
		assertThat(invalid).contains(text("unit.contactMobile.pattern")).contains("id=\"resubmit-form\"");
		assertThat(this.fixtures.openTask(caseId, "Task_Resubmit")).isNotNull();

		MvcResult done = perform(resubmit(form, "新名称单位").with(user(applicant)));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/unit");
		HumanTask again = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		assertThat(again.getRound()).isEqualTo(2);
		assertThat(this.units.findById(applicant.unitId()).orElseThrow().getNameZh()).isEqualTo("新名称单位");
		assertThat(page(get("/unit").with(user(applicant)))).contains(text("unit.frozenHint"));
	}

	@Test
	void aReturnedUnitCorrectsItsCreditCodeCategoryAndLicenceAndSignsInWithTheNewCode() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = returned(form, tree, "信用代码有误，应为机关代码");
		PortalUser applicant = applicant(form);
		String oldCode = applicant.getUsername();
		String newCode = Fixtures.creditCode(UnitCategory.GOVERNMENT);
		byte[] newLicence = Fixtures.image("jpeg", 64, 48);

		MvcResult done = perform(resubmit(form, form.getNameZh(), newCode, UnitCategory.GOVERNMENT,
				new MockMultipartFile("licence", "licence-new.jpg", "image/jpeg", newLicence))
			.with(user(applicant)));

		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/unit");
		assertThat(done.getFlashMap().get("loginChangedTo")).isEqualTo(newCode);
		Unit unit = this.units.findById(applicant.unitId()).orElseThrow();
		assertThat(unit.getCreditCode()).isEqualTo(newCode);
		assertThat(unit.getCategory()).isEqualTo(UnitCategory.GOVERNMENT);
		assertThat(this.licences.findById(unit.getId()).orElseThrow().getContentType()).isEqualTo("image/jpeg");
		assertThat(this.fixtures.user(newCode).unitId()).isEqualTo(unit.getId());
		assertThat(this.accounts.exists(oldCode)).isFalse();
		SecurityContext session = (SecurityContext) done.getRequest()
			.getSession()
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(((PortalUser) session.getAuthentication().getPrincipal()).getUsername()).isEqualTo(newCode);
		this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		assertThat(this.cases.variables(caseId)).containsEntry("creditCode", newCode)
			.containsEntry("unitCategory", "GOVERNMENT");
	}

	@Test
	void aRefusedResubmissionChangesNothing() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm other = Fixtures.form(UnitCategory.GOVERNMENT, tree.sub());
		this.fixtures.register(other);
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = returned(form, tree, "请更正");
		PortalUser applicant = applicant(form);
		byte[] licenceBefore = this.licences.findById(applicant.unitId()).orElseThrow().getContent();
		String government = Fixtures.creditCode(UnitCategory.GOVERNMENT);
		MockMultipartFile none = new MockMultipartFile("licence", "", "application/octet-stream", new byte[0]);

		Map<String, MockHttpServletRequestBuilder> refusals = Map.of("unit.category.mismatch",
				resubmit(form, "改名一", government, UnitCategory.SOCIAL_ORGANISATION, none), "unit.creditCode.taken",
				resubmit(form, "改名二", CreditCode.normalise(other.getCreditCode()), UnitCategory.GOVERNMENT, none),
				"unit.creditCode.CHECK_CHARACTER",
				resubmit(form, "改名三", government.substring(0, 17) + (government.endsWith("0") ? "1" : "0"),
						UnitCategory.GOVERNMENT, none),
				"licence.content", resubmit(form, "改名四", government, UnitCategory.GOVERNMENT,
						new MockMultipartFile("licence", "licence.png", "image/png", "not an image".getBytes())));
		for (Map.Entry<String, MockHttpServletRequestBuilder> refusal : refusals.entrySet()) {
			String page = page(refusal.getValue().with(user(applicant)));
			assertThat(page).as(refusal.getKey()).contains("id=\"form-errors\"").contains("id=\"resubmit-form\"");
			if (!refusal.getKey().equals("unit.category.mismatch")) {
				assertThat(page).as(refusal.getKey()).contains(text(refusal.getKey()));
			}
		}

		Unit unit = this.units.findById(applicant.unitId()).orElseThrow();
		assertThat(unit.getNameZh()).isEqualTo(form.getNameZh());
		assertThat(unit.getCreditCode()).isEqualTo(applicant.getUsername());
		assertThat(unit.getCategory()).isEqualTo(UnitCategory.SOCIAL_ORGANISATION);
		assertThat(this.licences.findById(unit.getId()).orElseThrow().getContent()).isEqualTo(licenceBefore);
		assertThat(this.fixtures.user(applicant.getUsername()).unitId()).isEqualTo(unit.getId());
		assertThat(this.fixtures.openTask(caseId, "Task_Resubmit")).isNotNull();
	}

	@Test
	void aRejectedUnitReadsWhyAndWhoAndItsPersonsPageExplainsInsteadOfFailing() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		this.fixtures.awaitClosed(decidedAtFirstReview(form, tree, "reject", "非本区单位"));
		PortalUser applicant = applicant(form);

		String home = page(get("/unit").with(user(applicant)));
		assertThat(between(home, "id=\"reviewer-note\"", "id=\"unit-details\"")).contains(text("unit.rejected.title"))
			.contains("非本区单位")
			.contains("初审员" + tree.subReviewer().substring(3))
			.contains(text("unit.rejected.final"));
		assertThat(home).doesNotContain("id=\"resubmit-form\"");

		String persons = page(get("/badge/persons").with(user(applicant)));
		assertThat(persons).contains("id=\"persons-unavailable\"")
			.contains(plain("unit.persons.unavailable.REJECTED"))
			.contains("href=\"/unit\"");
	}

	@Test
	void aReturnedOrUnderReviewUnitsPersonsPageSaysWhatComesFirst() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		PortalUser applicant = applicant(form);
		assertThat(page(get("/badge/persons").with(user(applicant))))
			.contains(plain("unit.persons.unavailable.UNDER_REVIEW"));

		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "return", "请补充", Map.of());
		this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");

		assertThat(page(get("/badge/persons").with(user(applicant))))
			.contains(plain("unit.persons.unavailable.RETURNED"));
		assertThat(page(get("/badge/persons").param("lang", "en").with(user(applicant)))).contains(HtmlUtils
			.htmlEscape(this.messages.getMessage("unit.persons.unavailable.RETURNED", null, Locale.ENGLISH)));
	}

	/** Registers a unit and has its first review return it. */
	private String returned(RegistrationForm form, Fixtures.Tree tree, String comment) {
		String caseId = decidedAtFirstReview(form, tree, "return", comment);
		this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");
		return caseId;
	}

	private String decidedAtFirstReview(RegistrationForm form, Fixtures.Tree tree, String decision, String comment) {
		String caseId = this.fixtures.register(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), decision, comment, Map.of());
		return caseId;
	}

	private MockHttpServletRequestBuilder resubmit(RegistrationForm form, String nameZh, String creditCode,
			UnitCategory category, MockMultipartFile licence) {
		return details(multipart("/unit/resubmit").file(licence), form, nameZh).param("creditCode", creditCode)
			.param("category", category.name());
	}

	private MockHttpServletRequestBuilder resubmit(RegistrationForm form, String nameZh) {
		return details(post("/unit/resubmit"), form, nameZh)
			.param("creditCode", CreditCode.normalise(form.getCreditCode()))
			.param("category", form.getCategory().name());
	}

	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		int end = page.indexOf(to, start);
		assertThat(start).as(from).isNotNegative();
		assertThat(end).as(to).isGreaterThan(start);
		return page.substring(start, end);
	}

	private static MockHttpServletRequestBuilder details(MockHttpServletRequestBuilder request, RegistrationForm form,
			String nameZh) {
		return request.param("nameZh", nameZh)
			.param("nameEn", form.getNameEn())
			.param("address", form.getAddress())
			.param("contactName", form.getContactName())
			.param("contactMobile", form.getContactMobile())
			.param("contactEmail", form.getContactEmail())
			.param("organisationId", form.getOrganisationId().toString())
			.param("recommendationCode", "")
			.param("productAreas", "FOOD_AGRI", "EQUIPMENT")
			.param("plannedImportAmount", "12.00")
			.with(csrf());
	}

	private PortalUser applicant(RegistrationForm form) {
		return this.fixtures.user(CreditCode.normalise(form.getCreditCode()));
	}

	/**
	 * A text Thymeleaf prints as it is (curly quotes stay, HtmlUtils would escape them).
	 */
	private String plain(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("never a server error").isLessThan(500);
		return result;
	}

}
