package org.fairflow.processes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.processes.JobDriver.candidateGroups;
import static org.fairflow.processes.JobDriver.elementIds;

/**
 * Drives {@code bank-transfer-review.bpmn} through both paths of its contract
 * (docs/ARCHITECTURE.md): finance confirms or rejects a unit's transfer receipt.
 */
@ZeebeProcessTest
class BankTransferReviewProcessTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	@BeforeEach
	void deployModel() {
		this.driver = new JobDriver(this.client, this.engine, "bank-transfer-review-test",
				BankTransferReviewProcessTest::assertNotificationTexts);
		this.client.newDeployResourceCommand()
			.addResourceFromClasspath("models/bank-transfer-review.bpmn")
			.send()
			.join();
	}

	@Test
	void theTransferIsMarkedSubmittedAndWaitsForFinanceWithDecisionsAndDueDate() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("bank-transfer-review", start());

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkSubmitted");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "TRANSFER_SUBMITTED")
			.containsEntry("event", "TRANSFER_SUBMITTED");

		ActivatedJob task = this.driver.userTask("Task_ConfirmTransfer");
		assertThat(candidateGroups(task)).containsExactly("finance");
		assertThat(task.getCustomHeaders()).containsEntry("decisions", "confirm,reject")
			.containsEntry("commentRequiredFor", "reject")
			.containsEntry("io.camunda.zeebe:formKey", "bank-transfer-review")
			.containsKey("io.camunda.zeebe:dueDate")
			.containsKey("title_zh")
			.containsKey("title_en");
		BpmnAssert.assertThat(instance).isWaitingAtElements("Task_ConfirmTransfer");
	}

	@Test
	void aConfirmedTransferMarksTheCasePaidAndTellsTheUnit() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("bank-transfer-review", start());
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.userTask("Task_ConfirmTransfer"),
				Map.of("decision", "confirm", "comment", ""));

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkConfirmed", "Task_SmsConfirmed", "Task_EmailConfirmed");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "PAID")
			.containsEntry("event", "TRANSFER_CONFIRMED");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance).hasPassedElement("End_Confirmed").isCompleted();
	}

	@Test
	void aRejectedTransferCarriesFinancesCommentToTheUnit() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("bank-transfer-review", start());
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.userTask("Task_ConfirmTransfer"),
				Map.of("decision", "reject", "comment", "金额不符 amount differs"));

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRejected", "Task_SmsRejected", "Task_EmailRejected");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "TRANSFER_REJECTED")
			.containsEntry("event", "TRANSFER_REJECTED")
			.containsEntry("commentFrom", "comment");
		assertThat(jobs.get(1).getCustomHeaders().get("template")).contains("${comment}");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance).hasPassedElement("End_Rejected").isCompleted();
	}

	@Test
	void anUnexpectedDecisionCountsAsRejectionNotAnIncident() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("bank-transfer-review", start());
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.userTask("Task_ConfirmTransfer"), Map.of("decision", "maybe", "comment", "?"));

		this.driver.completeServiceJobs();

		BpmnAssert.assertThat(instance).hasPassedElement("Task_MarkRejected").isCompleted().hasNoIncidents();
	}

	private static Map<String, Object> start() {
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", "case-transfer-1");
		vars.put("round", 1);
		vars.put("orderId", 17);
		vars.put("unitId", 42);
		vars.put("unitName", "测试单位");
		vars.put("amount", 360.0);
		vars.put("financeGroup", "finance");
		vars.put("contactMobile", "+8613912345678");
		vars.put("contactEmail", "contact@example.com");
		return vars;
	}

	private static void assertNotificationTexts(ActivatedJob job) {
		Map<String, String> headers = job.getCustomHeaders();
		String texts = headers.get("template");
		assertThat(texts).as("template of %s", job.getElementId()).isNotBlank();
		if (job.getType().equals("send-email")) {
			texts = headers.get("subject") + texts;
		}
		Map<String, Object> variables = job.getVariablesAsMap();
		Matcher matcher = PLACEHOLDER.matcher(texts);
		while (matcher.find()) {
			assertThat(variables.get(matcher.group(1))).as("%s in %s", matcher.group(1), job.getElementId())
				.isNotNull();
		}
		assertThat(variables).containsKeys("caseId", "round",
				(job.getType().equals("send-sms")) ? "contactMobile" : "contactEmail");
	}

}
