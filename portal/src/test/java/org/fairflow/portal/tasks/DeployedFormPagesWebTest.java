package org.fairflow.portal.tasks;

import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.FormReviews;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A task whose form a process owner deployed, over HTTP: shown, checked, completed. */
@PortalTest
@AutoConfigureMockMvc
class DeployedFormPagesWebTest {

	private static final String FORM = "form-page-check";

	private static final String PROCESS = "form-page-review";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ModelDeployment models;

	@Autowired
	Cases cases;

	@Autowired
	JdbcTemplate jdbc;

	private WebPages pages;

	private Fixtures.Tree tree;

	private PortalUser reviewer;

	@BeforeEach
	void publish() {
		this.pages = new WebPages(this.mvc, TaskNotFoundException.class);
		if (this.models.find(org.fairflow.portal.engine.StoredModel.Kind.BPMN, PROCESS, null).isEmpty()) {
			FormReviews.publishForm(this.models, FORM, "remarks-v2.form");
			FormReviews.publishProcess(this.models, PROCESS, FORM);
		}
		this.tree = this.fixtures.tree();
		this.reviewer = this.fixtures.user(this.tree.delegationReviewer());
	}

	@Test
	void theTaskPageCarriesTheFormAndOnlyTheCaseVariablesItsFieldsName() throws Exception {
		HumanTask task = newTask(Map.of("remarks", "预填意见", "contactMobile", "13912345678"));

		String html = this.pages.page(get("/tasks/{id}", task.getId()).with(user(this.reviewer)));

		assertThat(html).contains("id=\"task-form\"")
			.contains("boothNumber")
			.contains("data-form-data=\"{&quot;remarks&quot;:&quot;预填意见&quot;}\"")
			.doesNotContain("13912345678")
			.contains("/vendor/form-js/1.23.0/form-viewer.umd.js")
			.contains("/js/task-form.js")
			.contains("id=\"form-data\"")
			.contains("id=\"decision-approve\"")
			.contains("id=\"decision-reject\"");
	}

	@Test
	void refusedDataComesBackWithAMessagePerFieldInEitherLanguageAndTheTaskStaysOpen() throws Exception {
		HumanTask task = newTask(Map.of());
		String refused = "{\"remarks\":\" \",\"boothNumber\":\"Z-1\"}";

		MvcResult result = this.pages.perform(post("/tasks/{id}/decide", task.getId()).param("decision", "approve")
			.param("formData", refused)
			.with(user(this.reviewer))
			.with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + task.getId());
		assertThat((Map<String, Object>) result.getFlashMap()).containsEntry("errorKey", "form.invalid")
			.containsEntry("formData", refused);
		String zh = this.pages
			.page(get("/tasks/{id}", task.getId()).flashAttrs(result.getFlashMap()).with(user(this.reviewer)));
		assertThat(zh).contains("表单有 2 处需要修改")
			.contains("data-field=\"remarks\"")
			.contains("审核意见 Remarks：必填。")
			.contains("展位号 Booth number：格式不正确。")
			.contains("Z-1");
		String en = this.pages.page(get("/tasks/{id}", task.getId()).param("lang", "en")
			.flashAttrs(result.getFlashMap())
			.with(user(this.reviewer)));
		assertThat(en).contains("2 form field(s) need correcting")
			.contains("审核意见 Remarks: required.")
			.contains("展位号 Booth number: not in the expected format.");
		assertThat(this.fixtures.openTask(task.getCaseId(), "Task_SecondReview")).isNotNull();
	}

	@Test
	void acceptedDataCompletesTheTaskAndReachesTheProcess() throws Exception {
		HumanTask task = newTask(Map.of());

		MvcResult result = this.pages.perform(post("/tasks/{id}/decide", task.getId()).param("decision", "approve")
			.param("formData", "{\"remarks\":\"同意\",\"boothNumber\":\"A-7\"}")
			.with(user(this.reviewer))
			.with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
		this.fixtures.awaitClosed(task.getCaseId());
		assertThat(this.cases.history(task.getCaseId())).anySatisfy((e) -> {
			assertThat(e.getEvent()).isEqualTo("APPROVED");
			assertThat(e.getComment()).isEqualTo("同意 / A-7");
		});
	}

	@Test
	void aFormKeyThatNoLongerResolvesIsSaidPlainlyAndRefusesADecision() throws Exception {
		HumanTask task = newTask(Map.of());
		this.jdbc.update("update human_task set form_key = '9876543210' where id = ?", task.getId());

		String html = this.pages.page(get("/tasks/{id}", task.getId()).param("lang", "en").with(user(this.reviewer)));
		MvcResult result = this.pages.perform(post("/tasks/{id}/decide", task.getId()).param("decision", "approve")
			.param("formData", "{\"remarks\":\"同意\",\"boothNumber\":\"A-7\"}")
			.with(user(this.reviewer))
			.with(csrf()));

		assertThat(html).contains("id=\"form-missing\"")
			.contains("form (key 9876543210) cannot be found")
			.doesNotContain("id=\"task-form\"");
		assertThat((Map<String, Object>) result.getFlashMap()).containsEntry("errorKey", "form.missing");
		assertThat(this.fixtures.openTask(task.getCaseId(), "Task_SecondReview")).isNotNull();
	}

	private HumanTask newTask(Map<String, Object> variables) {
		String caseId = FormReviews.start(this.cases, PROCESS, this.tree, variables);
		return this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
	}

}
