package org.fairflow.portal.unit;

import java.util.Locale;
import java.util.Map;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
		String caseId = this.fixtures.register(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "return", "名称有误", Map.of());
		this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");
		PortalUser applicant = applicant(form);

		String home = page(get("/unit").with(user(applicant)));
		assertThat(home).contains("id=\"resubmit-form\"").contains(form.getNameZh()).contains("名称有误");

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

	private MockHttpServletRequestBuilder resubmit(RegistrationForm form, String nameZh) {
		return post("/unit/resubmit").param("nameZh", nameZh)
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
