package org.fairflow.portal.diagram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A case's diagram: the version the case runs on, its steps done and the step it waits
 * at; only for those who may see the case (and the process owner), "not found" for anyone
 * else.
 */
@PortalTest
@AutoConfigureMockMvc
class CaseDiagramWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	ModelDeployment models;

	@Autowired
	ObjectMapper json;

	private WebPages pages;

	private Fixtures.Tree tree;

	private RegistrationForm form;

	private String caseId;

	@BeforeEach
	void caseAtFirstReview() {
		this.pages = new WebPages(this.mvc);
		this.tree = this.fixtures.tree();
		this.form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub());
		this.caseId = this.fixtures.register(this.form);
		this.fixtures.awaitOpenTask(this.caseId, "Task_FirstReview");
	}

	@Test
	void aCaseWaitingAtFirstReviewHasItAsCurrentAndTheEarlierStepsAsDone() throws Exception {
		JsonNode diagram = diagram(applicant());

		assertThat(ids(diagram, "current")).containsExactly("Task_FirstReview");
		assertThat(ids(diagram, "completed"))
			.contains("Start_UnitRegistered", "Task_VerifyCreditCode", "Task_EvaluateAutoApproval",
					"Gateway_AutoApproval", "Task_MarkUnderReview", "Task_SmsUnderReview", "Task_EmailUnderReview",
					"Gateway_ReviewLevels")
			.doesNotContain("Task_FirstReview", "Gateway_FirstDecision", "Task_SecondReview", "Task_MarkAutoApproved");
		assertThat(diagram.get("processId").asText()).isEqualTo("unit-review");
		assertThat(diagram.get("xml").asText()).contains("id=\"Task_FirstReview\"", "bpmndi:BPMNDiagram");
	}

	@Test
	void aFinishedCaseHasNoCurrentStepAndItsWholePathToTheEndIsDone() throws Exception {
		RegistrationForm enterprise = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.sub());
		String approved = this.fixtures.register(enterprise);
		this.fixtures.awaitClosed(approved);

		JsonNode diagram = this.json.readTree(this.pages.page(get("/progress/{id}/diagram", approved)
			.with(user(this.fixtures.user(CreditCode.normalise(enterprise.getCreditCode()))))));

		assertThat(ids(diagram, "current")).isEmpty();
		assertThat(ids(diagram, "completed"))
			.contains("Start_UnitRegistered", "Gateway_AutoApproval", "Task_MarkAutoApproved", "Task_SmsApproved",
					"Task_EmailApproved", "End_Approved")
			.doesNotContain("Task_MarkUnderReview", "Task_FirstReview");
	}

	@Test
	void theApplicantAndTheReviewersAboveItAndTheProcessOwnerSeeTheDiagram() throws Exception {
		String owner = "owner-d" + System.nanoTime();
		this.accounts.create(owner, Fixtures.PASSWORD, Role.PROCESS_OWNER, "流程负责人", null, null);

		assertThat(status(applicant())).isEqualTo(200);
		assertThat(status(this.tree.subReviewer())).isEqualTo(200);
		assertThat(status(this.tree.delegationReviewer())).isEqualTo(200);
		assertThat(status(owner)).isEqualTo(200);
	}

	@Test
	void anotherUnitAndAReviewerOutsideTheSubtreeGetNotFound() throws Exception {
		RegistrationForm other = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub());
		this.fixtures.register(other);

		assertThat(status(CreditCode.normalise(other.getCreditCode()))).isEqualTo(404);
		assertThat(status(this.tree.otherReviewer())).isEqualTo(404);
		assertThat(this.pages
			.status(get("/progress/{id}/diagram", "no-such-case").with(user(this.fixtures.user(applicant())))))
			.isEqualTo(404);
	}

	@Test
	void theTaskPageGetsTheDiagramOfItsCaseUnderTheTasksRule() throws Exception {
		HumanTask task = this.fixtures.openTask(this.caseId, "Task_FirstReview");

		JsonNode diagram = this.json.readTree(this.pages
			.page(get("/tasks/{id}/diagram", task.getId()).with(user(this.fixtures.user(this.tree.subReviewer())))));

		assertThat(ids(diagram, "current")).containsExactly("Task_FirstReview");
		assertThat(this.pages
			.status(get("/tasks/{id}/diagram", task.getId()).with(user(this.fixtures.user(this.tree.otherReviewer())))))
			.isEqualTo(404);
	}

	@Test
	void aCaseStartedBeforeANewVersionKeepsItsOwnVersionsDiagram() throws Exception {
		Integer before = this.fixtures.caseRecord(this.caseId).getProcessVersion();
		String shipped = new ClassPathResource("models/unit-review.bpmn").getContentAsString(StandardCharsets.UTF_8);
		String changed = shipped.replace("name=\"初审 First review\"", "name=\"初审 First review（图示测试）\"");
		assertThat(changed).isNotEqualTo(shipped);
		try {
			this.models.publish("unit-review.bpmn", changed.getBytes(StandardCharsets.UTF_8), "owner", "diagram test");
			String onNew = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub()));
			this.fixtures.awaitOpenTask(onNew, "Task_FirstReview");

			JsonNode old = diagram(applicant());
			JsonNode fresh = this.json.readTree(this.pages
				.page(get("/progress/{id}/diagram", onNew).with(user(this.fixtures.user(this.tree.subReviewer())))));

			assertThat(old.get("version").asInt()).isEqualTo(before);
			assertThat(old.get("xml").asText()).doesNotContain("图示测试");
			assertThat(fresh.get("version").asInt()).isGreaterThan(before);
			assertThat(fresh.get("xml").asText()).contains("图示测试");
		}
		finally {
			// The shared portal's other tests expect the shipped model.
			this.models.publish("unit-review.bpmn", shipped.getBytes(StandardCharsets.UTF_8), "owner", "restored");
		}
	}

	@Test
	void theProgressPageAndTheTaskPageLoadTheDiagram() throws Exception {
		HumanTask task = this.fixtures.openTask(this.caseId, "Task_FirstReview");

		String progress = this.pages
			.page(get("/progress/{id}", this.caseId).with(user(this.fixtures.user(applicant()))));
		String taskPage = this.pages
			.page(get("/tasks/{id}", task.getId()).with(user(this.fixtures.user(this.tree.subReviewer()))));

		assertThat(progress).contains("data-bpmn-case=\"/progress/" + this.caseId + "/diagram\"",
				"/vendor/bpmn-js/18.31.1/bpmn-navigated-viewer.production.min.js", "/js/diagram.js");
		assertThat(taskPage).contains("data-bpmn-case=\"/tasks/" + task.getId() + "/diagram\"");
	}

	private String applicant() {
		return CreditCode.normalise(this.form.getCreditCode());
	}

	private JsonNode diagram(String username) throws Exception {
		return this.json.readTree(
				this.pages.page(get("/progress/{id}/diagram", this.caseId).with(user(this.fixtures.user(username)))));
	}

	private int status(String username) throws Exception {
		return this.pages.status(get("/progress/{id}/diagram", this.caseId).with(user(this.fixtures.user(username))));
	}

	private static List<String> ids(JsonNode diagram, String field) {
		List<String> ids = new ArrayList<>();
		diagram.get(field).forEach((id) -> ids.add(id.asText()));
		return ids;
	}

}
