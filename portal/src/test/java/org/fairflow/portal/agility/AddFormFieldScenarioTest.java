package org.fairflow.portal.agility;

import java.util.Map;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.forms.FieldError;
import org.fairflow.portal.forms.FormRejectedException;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.FormReviews;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Agility scenario "add a form field": a process owner publishes a new version of a
 * task's form with one more required field, without a release. A case that reached the
 * task before keeps the form it resolved and finishes with it; a case that reaches the
 * task afterwards gets the new field, and the server holds it to it.
 */
@PortalTest
@AutoConfigureMockMvc
class AddFormFieldScenarioTest {

	private static final String FORM = "second-review-remarks";

	private static final String PROCESS = "agility-form-review";

	@Autowired
	ModelDeployment models;

	@Autowired
	Cases cases;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void aCaseWaitingBeforeTheChangeKeepsItsFormAndACaseAfterItMustFillTheNewField() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		PortalUser reviewer = this.fixtures.user(tree.delegationReviewer());
		StoredModel v1 = FormReviews.publishForm(this.models, FORM, "remarks-v1.form");
		FormReviews.publishProcess(this.models, PROCESS, FORM);
		String before = FormReviews.start(this.cases, PROCESS, tree, Map.of());
		HumanTask waiting = this.fixtures.awaitOpenTask(before, "Task_SecondReview");

		StoredModel v2 = FormReviews.publishForm(this.models, FORM, "remarks-v2.form");
		String after = FormReviews.start(this.cases, PROCESS, tree, Map.of());
		HumanTask reached = this.fixtures.awaitOpenTask(after, "Task_SecondReview");

		assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
		assertThat(formPage(waiting, reviewer)).contains("data-form-version=\"" + v1.getVersion() + "\"")
			.doesNotContain("boothNumber");
		assertThat(formPage(reached, reviewer)).contains("data-form-version=\"" + v2.getVersion() + "\"")
			.contains("boothNumber");

		this.tasks.decide(waiting.getId(), reviewer, "approve", null, Map.of("formData", "{\"remarks\":\"材料齐全\"}"));
		this.fixtures.awaitClosed(before);
		assertThat(approvalComment(before)).isEqualTo("材料齐全");

		assertThatThrownBy(() -> this.tasks.decide(reached.getId(), reviewer, "approve", null,
				Map.of("formData", "{\"remarks\":\"材料齐全\"}")))
			.isInstanceOfSatisfying(FormRejectedException.class,
					(ex) -> assertThat(ex.errors()).extracting(FieldError::field, FieldError::messageKey)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("boothNumber", "form.required")));
		assertThat(this.fixtures.openTask(after, "Task_SecondReview")).isNotNull();

		this.tasks.decide(reached.getId(), reviewer, "approve", null,
				Map.of("formData", "{\"remarks\":\"材料齐全\",\"boothNumber\":\"C-12\"}"));
		this.fixtures.awaitClosed(after);
		assertThat(approvalComment(after)).isEqualTo("材料齐全 / C-12");
	}

	private String formPage(HumanTask task, PortalUser reviewer) throws Exception {
		return this.mvc.perform(get("/tasks/{id}", task.getId()).with(user(reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** What the process's approval step read from the variables the form handed over. */
	private String approvalComment(String caseId) {
		return this.cases.history(caseId)
			.stream()
			.filter((e) -> "APPROVED".equals(e.getEvent()))
			.map(CaseEvent::getComment)
			.findFirst()
			.orElseThrow();
	}

}
