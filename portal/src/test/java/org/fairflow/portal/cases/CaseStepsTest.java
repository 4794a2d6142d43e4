package org.fairflow.portal.cases;

import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every job a case reaches is appended to its trail, on the version it ran on; the same
 * job delivered again (a retry, a resumed case) is not a new step.
 */
@PortalTest
class CaseStepsTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	CaseCheckpoints checkpoints;

	@Test
	void eachJobIsAStepInOrderAndARedeliveryOfTheLastOneIsNot() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		int version = this.fixtures.caseRecord(caseId).getProcessVersion();

		assertThat(this.cases.steps(caseId)).extracting(CaseStep::getElementId)
			.as("the decision (Task_EvaluateAutoApproval) is evaluated by the engine: no job, no step")
			.containsExactly("Task_VerifyCreditCode", "Task_MarkUnderReview", "Task_SmsUnderReview",
					"Task_EmailUnderReview", "Task_FirstReview");
		assertThat(this.cases.steps(caseId)).extracting(CaseStep::getProcessVersion).containsOnly(version);

		this.checkpoints.activated(job(caseId, "Task_FirstReview", version));
		assertThat(this.cases.steps(caseId)).hasSize(5);

		this.checkpoints.activated(job(caseId, "Task_SecondReview", version));
		this.checkpoints.activated(job(caseId, "Task_FirstReview", version));
		assertThat(this.cases.steps(caseId)).extracting(CaseStep::getElementId)
			.endsWith("Task_FirstReview", "Task_SecondReview", "Task_FirstReview");
	}

	private static ActivatedJob job(String caseId, String elementId, int version) {
		ActivatedJob job = Mockito.mock(ActivatedJob.class);
		Mockito.when(job.getKind()).thenReturn(JobKind.BPMN_ELEMENT);
		Mockito.when(job.getElementId()).thenReturn(elementId);
		Mockito.when(job.getVariablesAsMap()).thenReturn(Map.of("caseId", caseId, "round", 1));
		Mockito.when(job.getProcessInstanceKey()).thenReturn(1L);
		Mockito.when(job.getProcessDefinitionVersion()).thenReturn(version);
		return job;
	}

}
