package org.fairflow.processes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairflow.processes.JobDriver.IDLE_TIMEOUT;
import static org.fairflow.processes.JobDriver.candidateGroups;
import static org.fairflow.processes.JobDriver.elementIds;
import static org.fairflow.processes.MeetingBookingProcessTest.dueAt;
import static org.fairflow.processes.MeetingBookingProcessTest.render;

/**
 * Drives {@code exhibit-audit.bpmn} through every path of its contract
 * (docs/ARCHITECTURE.md, "Exhibitors"): approval, rejection with the reviewer's opinion,
 * an unexpected decision, and a withdrawal while the item awaits audit, with the statuses
 * each path reports and the texts the exhibitor's contact receives.
 */
@ZeebeProcessTest
class ExhibitAuditProcessTest {

	private static final String CASE_ID = "case-exhibit-12";

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	@BeforeEach
	void deployModel() {
		this.driver = new JobDriver(this.client, this.engine, "exhibit-test",
				ExhibitAuditProcessTest::assertNotificationTexts);
		this.client.newDeployResourceCommand().addResourceFromClasspath("models/exhibit-audit.bpmn").send().join();
	}

	@Test
	void anApprovedBoothReportsSubmittedThenApprovedAndTellsTheContactItIsLive() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("exhibit-audit", submission("BOOTH", "展台", "booth"));
		List<ActivatedJob> jobs = new ArrayList<>(this.driver.completeServiceJobs());
		assertThat(elementIds(jobs)).containsExactly("Task_MarkSubmitted", "Task_SmsSubmitted", "Task_EmailSubmitted");
		assertThat(render(jobs.get(1), "template")).isEqualTo("【展会】您的展台“数字贸易体验馆”已提交，等待组展机构审核。");
		assertThat(render(jobs.get(1), "template_en")).startsWith("[Fair] Your booth \"数字贸易体验馆\" has been submitted");

		this.driver.complete(this.driver.userTask("Task_Audit"), Map.of("decision", "approve", "auditedRevisionId", 3));
		List<ActivatedJob> approved = this.driver.completeServiceJobs();
		jobs.addAll(approved);

		assertThat(elementIds(approved)).containsExactly("Task_MarkApproved", "Task_SmsApproved", "Task_EmailApproved");
		assertThat(statuses(jobs)).containsExactly("AWAITING_AUDIT", "APPROVED");
		assertThat(events(jobs)).containsExactly("SUBMITTED", "APPROVED");
		assertThat(approved.get(0).getVariablesAsMap()).as("the revision the reviewer saw reaches the status step")
			.containsEntry("auditedRevisionId", 3);
		assertThat(render(approved.get(1), "template")).isEqualTo("【展会】您的展台“数字贸易体验馆”已审核通过。展台将对外展示；展品和项目可在后台上架。");
		assertThat(render(approved.get(1), "template_en")).contains("Your booth \"数字贸易体验馆\" has passed the audit",
				"A booth is now shown to the public");
		assertThat(render(approved.get(2), "subject")).isEqualTo("审核通过：展台“数字贸易体验馆”");
		assertThat(render(approved.get(2), "template")).contains("贵单位“北京数字贸易协会”的展台“数字贸易体验馆”已审核通过");
		assertThat(render(approved.get(2), "template_en"))
			.contains("of your unit \"Beijing Digital Trade Association\"");
		assertThat(this.driver.activate(JobDriver.USER_TASK)).isEmpty();
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Approved")
			.hasNotPassedElement("Task_MarkRejected")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void theAuditIsOfferedToTheInvitersReviewersAndDueThreeDaysAfterItIsReached() throws Exception {
		this.driver.start("exhibit-audit", submission("PRODUCT", "展品", "product"));
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.driver.completeServiceJobs();

		ActivatedJob audit = this.driver.userTask("Task_Audit");

		assertThat(candidateGroups(audit)).containsExactly("org:7");
		assertThat(audit.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "exhibit-audit")
			.containsEntry("decisions", "approve,reject")
			.containsEntry("commentRequiredFor", "reject")
			.containsEntry("title_zh", "展台/展品/项目审核")
			.containsEntry("title_en", "Exhibit audit");
		Instant due = dueAt(audit, "auditDue");
		assertThat(dueDate(audit)).isEqualTo(due);
		assertThat(due).isBetween(before.plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(3)));
		assertThat(audit.getVariablesAsMap()).containsEntry("itemKind", "PRODUCT").containsEntry("revisionId", 3);
	}

	@Test
	void aRejectionQuotesTheReviewersOpinionInBothLanguages() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("exhibit-audit", submission("PRODUCT", "展品", "product"));
		List<ActivatedJob> jobs = new ArrayList<>(this.driver.completeServiceJobs());

		this.driver.complete(this.driver.userTask("Task_Audit"),
				Map.of("decision", "reject", "comment", "产品图片不清晰", "auditedRevisionId", 3));
		List<ActivatedJob> rejected = this.driver.completeServiceJobs();
		jobs.addAll(rejected);

		assertThat(elementIds(rejected)).containsExactly("Task_MarkRejected", "Task_SmsRejected", "Task_EmailRejected");
		assertThat(statuses(jobs)).containsExactly("AWAITING_AUDIT", "REJECTED");
		assertThat(events(jobs)).containsExactly("SUBMITTED", "REJECTED");
		assertThat(rejected.get(0).getCustomHeaders()).containsEntry("commentFrom", "comment");
		assertThat(render(rejected.get(1), "template")).isEqualTo("【展会】您的展品“数字贸易体验馆”审核未通过：产品图片不清晰。请修改后重新提交。");
		assertThat(render(rejected.get(1), "template_en"))
			.contains("Your product \"数字贸易体验馆\" did not pass the audit: 产品图片不清晰.");
		assertThat(render(rejected.get(2), "template")).contains("审核意见：产品图片不清晰");
		assertThat(render(rejected.get(2), "template_en")).contains("Opinion: 产品图片不清晰");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Rejected")
			.hasNotPassedElement("Task_MarkApproved")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void anyDecisionOtherThanApproveCountsAsRejectionNotAnIncident() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("exhibit-audit", submission("PROJECT", "项目", "project"));
		this.driver.completeServiceJobs();

		this.driver.complete(this.driver.userTask("Task_Audit"), Map.of("decision", "maybe", "comment", "?"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(statuses(jobs)).containsExactly("REJECTED");
		BpmnAssert.assertThat(instance).hasPassedElement("End_Rejected").isCompleted().hasNoIncidents();
	}

	@Test
	void aWithdrawalWhileAwaitingAuditEndsTheCaseWithTheReason() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("exhibit-audit", submission("BOOTH", "展台", "booth"));
		List<ActivatedJob> jobs = new ArrayList<>(this.driver.completeServiceJobs());
		this.driver.userTask("Task_Audit");

		withdraw(CASE_ID, "展台信息需要更新");
		List<ActivatedJob> withdrawn = this.driver.completeServiceJobs();
		jobs.addAll(withdrawn);

		assertThat(elementIds(withdrawn)).containsExactly("Task_MarkWithdrawn", "Task_SmsWithdrawn",
				"Task_EmailWithdrawn");
		assertThat(statuses(jobs)).containsExactly("AWAITING_AUDIT", "WITHDRAWN");
		assertThat(events(jobs)).containsExactly("SUBMITTED", "WITHDRAWN");
		assertThat(withdrawn.get(0).getCustomHeaders()).containsEntry("commentFrom", "withdrawReason");
		assertThat(withdrawn.get(0).getVariablesAsMap()).containsEntry("withdrawReason", "展台信息需要更新");
		assertThat(render(withdrawn.get(1), "template")).isEqualTo("【展会】您的展台“数字贸易体验馆”已撤回审核，撤回原因：展台信息需要更新。");
		assertThat(render(withdrawn.get(1), "template_en")).contains("has been withdrawn from the audit",
				"Reason: 展台信息需要更新");
		assertThat(render(withdrawn.get(2), "template")).contains("撤回原因：展台信息需要更新");
		assertThat(this.driver.activate(JobDriver.USER_TASK)).as("the audit is withdrawn").isEmpty();
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("Boundary_Withdrawn")
			.hasPassedElement("End_Withdrawn")
			.hasNotPassedElement("Gateway_AuditDecision")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void aWithdrawalOfAnotherCaseLeavesTheAuditOpen() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("exhibit-audit", submission("BOOTH", "展台", "booth"));
		this.driver.completeServiceJobs();
		this.driver.userTask("Task_Audit");

		withdraw("case-exhibit-other", "另一份提交");

		assertThat(this.driver.completeServiceJobs()).isEmpty();
		BpmnAssert.assertThat(instance)
			.isActive()
			.isWaitingAtElements("Task_Audit")
			.hasNotPassedElement("Boundary_Withdrawn");
	}

	private void withdraw(String caseId, String reason) throws Exception {
		this.client.newPublishMessageCommand()
			.messageName("exhibit-withdrawn")
			.correlationKey(caseId)
			.timeToLive(Duration.ofHours(1))
			.variables(Map.of("withdrawReason", reason))
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
	}

	/** The start variables the portal's {@code exhibit} feature sets. */
	static Map<String, Object> submission(String kind, String kindZh, String kindEn) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", CASE_ID);
		variables.put("round", 1);
		variables.put("itemKind", kind);
		variables.put("itemId", 12);
		variables.put("revisionId", 3);
		variables.put("itemRef", kindEn + "-12");
		variables.put("itemName", "数字贸易体验馆");
		variables.put("kindZh", kindZh);
		variables.put("kindEn", kindEn);
		variables.put("exhibitorId", 5);
		variables.put("unitId", 42);
		variables.put("unitName", "北京数字贸易协会");
		variables.put("unitNameEn", "Beijing Digital Trade Association");
		variables.put("language", "zh");
		variables.put("applicantGroup", "unit:42");
		variables.put("auditGroup", "org:7");
		variables.put("contactMobile", "+8613800000000");
		variables.put("contactEmail", "contact@example.org");
		return variables;
	}

	static List<String> statuses(List<ActivatedJob> jobs) {
		return headerOfStatusJobs(jobs, "status");
	}

	static List<String> events(List<ActivatedJob> jobs) {
		return headerOfStatusJobs(jobs, "event");
	}

	private static List<String> headerOfStatusJobs(List<ActivatedJob> jobs, String header) {
		return jobs.stream()
			.filter((job) -> job.getType().equals("update-case-status"))
			.map((job) -> job.getCustomHeaders().get(header))
			.toList();
	}

	private static Instant dueDate(ActivatedJob task) {
		return OffsetDateTime.parse(task.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant();
	}

	/** Every placeholder of both languages is filled and the job has its addressee. */
	static void assertNotificationTexts(ActivatedJob job) {
		List<String> texts = job.getType().equals("send-email")
				? List.of("subject", "template", "subject_en", "template_en") : List.of("template", "template_en");
		for (String header : texts) {
			assertThat(render(job, header)).as("%s of %s", header, job.getElementId()).doesNotContain("${");
		}
		assertThat(job.getVariablesAsMap()).containsKeys("caseId", "round", "language",
				job.getType().equals("send-sms") ? "contactMobile" : "contactEmail");
	}

}
