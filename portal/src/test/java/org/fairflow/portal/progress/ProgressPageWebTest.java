package org.fairflow.portal.progress;

import java.util.Map;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The applicant's progress page: what happened, where the case waits, and every message
 * sent, with the recipient masked.
 */
@PortalTest
@AutoConfigureMockMvc
class ProgressPageWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Test
	void theApplicantSeesItsHistoryTheWaitingStepAndItsMessagesWithMaskedRecipients() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");

		String html = page(get("/progress/{id}", caseId)
			.with(user(this.fixtures.user(CreditCode.normalise(form.getCreditCode())))));

		assertThat(html).contains("id=\"history\"")
			.contains("data-event=\"SUBMITTED\"")
			.contains("data-event=\"TASK_CREATED\"");
		assertThat(html).contains("id=\"waiting-at\"").contains("单位初审");
		assertThat(html).contains("data-status=\"UNDER_REVIEW\"");
		assertThat(html).contains("data-channel=\"SMS\"").contains("data-channel=\"EMAIL\"");
		assertThat(html).contains("+86139****5678").contains("c***@example.com");
		assertThat(html).doesNotContain(form.getContactMobile()).doesNotContain(form.getContactEmail());
		assertThat(html).contains(form.getNameZh());
	}

	@Test
	void theApplicantSeesTheDecisionAndCommentOnceDecided() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		this.tasks.decide(task.getId(), this.fixtures.user(tree.subReviewer()), "return", "请上传清晰的执照", Map.of());
		this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");

		String html = page(
				get("/progress/{id}", caseId).with(user(this.fixtures.user(CreditCode.normalise(form.getCreditCode()))))
					.param("lang", "en"));

		assertThat(html).contains("data-event=\"DECIDED\"")
			.contains("data-decision=\"return\"")
			.contains("请上传清晰的执照")
			.contains("Edit unit data and resubmit")
			.contains("data-status=\"RETURNED\"");
		assertThat(html).doesNotContain(form.getContactMobile()).doesNotContain("8613912345678");
	}

	@Test
	void theApplicantsListLinksToItsCase() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);

		String html = page(get("/progress").with(user(this.fixtures.user(CreditCode.normalise(form.getCreditCode())))));

		assertThat(html).contains("/progress/" + caseId).contains(form.getNameZh());
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
