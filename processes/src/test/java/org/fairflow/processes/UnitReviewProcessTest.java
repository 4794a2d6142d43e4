package org.fairflow.processes;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.DeploymentEvent;
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
 * Drives {@code unit-review.bpmn} through every path of the contract in
 * docs/ARCHITECTURE.md, playing the workers and the portal by activating and completing
 * jobs.
 */
@ZeebeProcessTest
class UnitReviewProcessTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	private static final String SUB_DELEGATION = "org:sub-7";

	private static final String DELEGATION = "org:del-3";

	private static final String APPLICANT = "unit:42";

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	@BeforeEach
	void deployModels() {
		this.driver = new JobDriver(this.client, this.engine, "unit-review-test",
				UnitReviewProcessTest::assertNotificationTexts);
		DeploymentEvent deployment = this.client.newDeployResourceCommand()
			.addResourceFromClasspath("models/unit-review.bpmn")
			.addResourceFromClasspath("models/unit-auto-verification.dmn")
			.send()
			.join();
		BpmnAssert.assertThat(deployment).containsProcessesByBpmnProcessId("unit-review");
	}

	@Test
	void enterpriseWithVerifiedCodeIsApprovedWithoutReviewer() throws Exception {
		ProcessInstanceEvent instance = start(unit("ENTERPRISE", SUB_DELEGATION));
		completeCreditCheck(true, "ENTERPRISE");

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkAutoApproved", "Task_SmsApproved", "Task_EmailApproved");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "APPROVED")
			.containsEntry("event", "AUTO_APPROVED")
			.containsEntry("commentFrom", "autoRule");
		assertThat(jobs.get(0).getVariable("autoRule")).isEqualTo("R1 企业信用代码核验通过 / Enterprise, credit code verified");
		assertThat(jobs.get(1).getCustomHeaders().get("template")).contains("“${unitName}”已通过审核");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Task_VerifyCreditCode", "Task_EvaluateAutoApproval", "Task_MarkAutoApproved",
					"Task_SmsApproved", "Task_EmailApproved", "End_Approved")
			.hasNotPassedElement("Task_MarkUnderReview")
			.hasNotPassedElement("Task_FirstReview")
			.hasNotPassedElement("Task_SecondReview")
			.hasVariableWithValue("autoApprove", true)
			.hasNoIncidents();
	}

	@Test
	void endOfProcessAsksThePortalOnceToCloseTheCase() throws Exception {
		ProcessInstanceEvent instance = start(unit("ENTERPRISE", SUB_DELEGATION));
		completeCreditCheck(true, "ENTERPRISE");
		assertThat(this.driver.closeCaseJobs()).isEmpty();

		this.driver.completeServiceJobs();

		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		assertThat(this.driver.closeCaseJobs().get(0).getVariable("caseId")).isEqualTo("case-42");
		BpmnAssert.assertThat(instance).isCompleted();
	}

	@Test
	void publicInstitutionWithVerifiedCodeIsApprovedWithoutReviewer() throws Exception {
		ProcessInstanceEvent instance = start(unit("PUBLIC_INSTITUTION", SUB_DELEGATION));
		completeCreditCheck(true, "PUBLIC_INSTITUTION");

		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkAutoApproved",
				"Task_SmsApproved", "Task_EmailApproved");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("End_Approved")
			.hasVariableWithValue("autoRule", "R2 事业单位信用代码核验通过 / Public institution, credit code verified");
	}

	@Test
	void enterpriseWithUnverifiedCodeGoesToManualFirstReview() throws Exception {
		ProcessInstanceEvent instance = start(unit("ENTERPRISE", SUB_DELEGATION));
		completeCreditCheck(false, null);

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkUnderReview", "Task_SmsUnderReview",
				"Task_EmailUnderReview");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "UNDER_REVIEW")
			.containsEntry("event", "UNDER_REVIEW")
			.doesNotContainKey("commentFrom");
		assertThat(jobs.get(1).getCustomHeaders().get("template")).contains("${unitName}").contains("正在审核");
		assertReviewTask(this.driver.userTask("Task_FirstReview"), SUB_DELEGATION);
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements("Task_FirstReview")
			.hasNotPassedElement("Task_MarkAutoApproved")
			.hasVariableWithValue("autoApprove", false)
			.hasVariableWithValue("autoRule", "R3 需人工审核 / Manual review required")
			.hasNoIncidents();
	}

	@Test
	void socialOrganisationApprovedAtBothLevelsIsApproved() throws Exception {
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(true, "SOCIAL_ORGANISATION");
		this.driver.completeServiceJobs();

		ActivatedJob firstReview = this.driver.userTask("Task_FirstReview");
		assertReviewTask(firstReview, SUB_DELEGATION);
		decide(firstReview, "approve", "");
		List<ActivatedJob> firstApproved = this.driver.completeServiceJobs();
		assertThat(elementIds(firstApproved)).containsExactly("Task_SmsFirstApproved", "Task_EmailFirstApproved");
		assertThat(firstApproved.get(0).getCustomHeaders().get("template")).contains("“${unitName}”")
			.contains("${firstReviewOrgName}初审")
			.contains("${secondReviewOrgName}复审");
		assertThat(firstApproved.get(1).getCustomHeaders()).containsKeys("subject", "template");
		ActivatedJob secondReview = this.driver.userTask("Task_SecondReview");
		assertReviewTask(secondReview, DELEGATION);
		decide(secondReview, "approve", "材料齐全 / Complete");
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkApproved", "Task_SmsApproved", "Task_EmailApproved");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "APPROVED")
			.containsEntry("event", "APPROVED");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Task_MarkUnderReview", "Task_FirstReview", "Task_SmsFirstApproved",
					"Task_EmailFirstApproved", "Task_SecondReview", "Task_MarkApproved", "End_Approved")
			.hasNotPassedElement("Task_SmsReassigned")
			.hasNotPassedElement("Task_MarkAutoApproved")
			.hasVariableWithValue("autoApprove", false)
			.hasVariableWithValue("decision", "approve")
			.hasNoIncidents();
	}

	@Test
	void unitDirectlyUnderDelegationSkipsFirstReview() throws Exception {
		ProcessInstanceEvent instance = start(unit("GOVERNMENT", null));
		completeCreditCheck(true, "GOVERNMENT");
		this.driver.completeServiceJobs();

		ActivatedJob secondReview = this.driver.userTask("Task_SecondReview");
		assertReviewTask(secondReview, DELEGATION);
		decide(secondReview, "approve", "");

		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkApproved",
				"Task_SmsApproved", "Task_EmailApproved");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("Task_SecondReview")
			.hasNotPassedElement("Task_FirstReview")
			.hasNotPassedElement("Gateway_FirstDecision")
			.hasNoIncidents();
	}

	@Test
	void unitReturnedAtFirstReviewIsReviewedAgainAfterResubmission() throws Exception {
		String comment = "营业执照图片不清晰 / The business licence image is not legible";
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();

		decide(this.driver.userTask("Task_FirstReview"), "return", comment);
		List<ActivatedJob> returned = this.driver.completeServiceJobs();

		assertThat(elementIds(returned)).containsExactly("Task_MarkReturned", "Task_SmsReturned", "Task_EmailReturned");
		assertThat(returned.get(0).getCustomHeaders()).containsEntry("status", "RETURNED")
			.containsEntry("event", "RETURNED")
			.containsEntry("commentFrom", "comment");
		assertThat(returned.get(1).getCustomHeaders().get("template")).contains("${comment}");
		assertThat(returned.get(1).getVariable("comment")).isEqualTo(comment);
		ActivatedJob resubmit = this.driver.userTask("Task_Resubmit");
		assertResubmitTask(resubmit);
		decide(resubmit, "resubmit", "", Map.of("round", 2));

		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkUnderReview",
				"Task_SmsUnderReview", "Task_EmailUnderReview");
		ActivatedJob secondFirstReview = this.driver.userTask("Task_FirstReview");
		assertReviewTask(secondFirstReview, SUB_DELEGATION);
		assertThat(secondFirstReview.getVariable("round")).isEqualTo(2);
		decide(secondFirstReview, "approve", "");
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_SmsFirstApproved",
				"Task_EmailFirstApproved");
		decide(this.driver.userTask("Task_SecondReview"), "approve", "");
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkApproved",
				"Task_SmsApproved", "Task_EmailApproved");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("Task_MarkUnderReview", 2)
			.hasPassedElement("Task_FirstReview", 2)
			.hasPassedElement("Task_Resubmit", 1)
			.hasPassedElement("End_Approved")
			.hasVariableWithValue("round", 2)
			.hasNoIncidents();
	}

	@Test
	void unitReturnedAtSecondReviewWaitsForResubmission() throws Exception {
		String comment = "联系人手机号有误 / The contact's mobile number is wrong";
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();
		decide(this.driver.userTask("Task_FirstReview"), "approve", "");
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_SmsFirstApproved",
				"Task_EmailFirstApproved");

		decide(this.driver.userTask("Task_SecondReview"), "return", comment);
		List<ActivatedJob> returned = this.driver.completeServiceJobs();

		assertThat(elementIds(returned)).containsExactly("Task_MarkReturned", "Task_SmsReturned", "Task_EmailReturned");
		assertThat(returned.get(2).getVariable("comment")).isEqualTo(comment);
		assertResubmitTask(this.driver.userTask("Task_Resubmit"));
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements("Task_Resubmit")
			.hasPassedElementsInOrder("Task_FirstReview", "Task_SecondReview", "Task_MarkReturned")
			.hasVariableWithValue("comment", comment)
			.hasNoIncidents();
	}

	@Test
	void unitRejectedAtFirstReviewEndsRejectedWithoutSecondReview() throws Exception {
		String comment = "非本交易分团单位 / Not a unit of this sub-delegation";
		ProcessInstanceEvent instance = start(unit("OTHER", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();

		decide(this.driver.userTask("Task_FirstReview"), "reject", comment);
		List<ActivatedJob> rejected = this.driver.completeServiceJobs();

		assertThat(elementIds(rejected)).containsExactly("Task_MarkRejected", "Task_SmsRejected", "Task_EmailRejected");
		assertThat(rejected.get(0).getCustomHeaders()).containsEntry("status", "REJECTED")
			.containsEntry("event", "REJECTED")
			.containsEntry("commentFrom", "comment");
		assertThat(rejected.get(1).getCustomHeaders().get("template")).contains("${comment}");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("End_Rejected")
			.hasNotPassedElement("Task_SecondReview")
			.hasNotPassedElement("End_Approved")
			.hasNoIncidents();
	}

	@Test
	void unitRejectedAtSecondReviewEndsRejected() throws Exception {
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();
		decide(this.driver.userTask("Task_FirstReview"), "approve", "");
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_SmsFirstApproved",
				"Task_EmailFirstApproved");

		decide(this.driver.userTask("Task_SecondReview"), "reject", "虚假材料 / Forged documents");

		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkRejected",
				"Task_SmsRejected", "Task_EmailRejected");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Task_FirstReview", "Task_SecondReview", "Task_MarkRejected", "End_Rejected")
			.hasNotPassedElement("Task_MarkApproved")
			.hasNoIncidents();
	}

	@Test
	void unitReassignedAtFirstReviewGetsNewFirstReviewByTheNewGroup() throws Exception {
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();

		decide(this.driver.userTask("Task_FirstReview"), "reassign", "属于其他交易分团 / Belongs to another sub-delegation",
				Map.of("firstReviewGroup", "org:sub-9", "firstReviewOrgName", "海淀交易分团", "round", 2));

		List<ActivatedJob> reassigned = this.driver.completeServiceJobs();
		assertReassignmentNotified(reassigned, 2, "海淀交易分团");
		ActivatedJob newFirstReview = this.driver.userTask("Task_FirstReview");
		assertReviewTask(newFirstReview, "org:sub-9");
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements("Task_FirstReview")
			.hasPassedElement("Gateway_ReviewLevels", 2)
			.hasPassedElement("Task_FirstReview", 1)
			.hasPassedElementsInOrder("Task_FirstReview", "Task_SmsReassigned", "Task_EmailReassigned")
			.hasNotPassedElement("Task_SecondReview")
			.hasNotPassedElement("Task_SmsFirstApproved")
			.hasVariableWithValue("firstReviewGroup", "org:sub-9")
			.hasVariableWithValue("round", 2)
			.hasNoIncidents();
	}

	@Test
	void unitReassignedAtSecondReviewIsReviewedAgainByTheNewGroups() throws Exception {
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();
		decide(this.driver.userTask("Task_FirstReview"), "approve", "");
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_SmsFirstApproved",
				"Task_EmailFirstApproved");

		decide(this.driver.userTask("Task_SecondReview"), "reassign", "转交其他交易团 / Moved to another delegation",
				Map.of("firstReviewGroup", "org:sub-12", "firstReviewOrgName", "丰台交易分团", "secondReviewGroup",
						"org:del-5", "secondReviewOrgName", "天津交易团", "reassignedToOrgName", "丰台交易分团", "round", 2));

		List<ActivatedJob> reassigned = this.driver.completeServiceJobs();
		assertReassignmentNotified(reassigned, 2, "丰台交易分团");
		assertThat(reassigned.get(0).getVariable("secondReviewOrgName")).isEqualTo("天津交易团");
		ActivatedJob newFirstReview = this.driver.userTask("Task_FirstReview");
		assertReviewTask(newFirstReview, "org:sub-12");
		decide(newFirstReview, "approve", "");
		List<ActivatedJob> firstApproved = this.driver.completeServiceJobs();
		assertThat(elementIds(firstApproved)).containsExactly("Task_SmsFirstApproved", "Task_EmailFirstApproved");
		assertThat(firstApproved.get(0).getVariablesAsMap()).containsEntry("firstReviewOrgName", "丰台交易分团")
			.containsEntry("secondReviewOrgName", "天津交易团")
			.containsEntry("round", 2);
		ActivatedJob newSecondReview = this.driver.userTask("Task_SecondReview");
		assertReviewTask(newSecondReview, "org:del-5");
		decide(newSecondReview, "approve", "");
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkApproved",
				"Task_SmsApproved", "Task_EmailApproved");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("Gateway_ReviewLevels", 2)
			.hasPassedElement("Task_FirstReview", 2)
			.hasPassedElement("Task_SecondReview", 2)
			.hasPassedElement("Task_SmsFirstApproved", 2)
			.hasPassedElement("Task_EmailFirstApproved", 2)
			.hasPassedElement("Task_SmsReassigned", 1)
			.hasPassedElement("Task_EmailReassigned", 1)
			.hasPassedElementsInOrder("Task_FirstReview", "Task_SmsFirstApproved", "Task_EmailFirstApproved",
					"Task_SecondReview", "Task_SmsReassigned", "Task_EmailReassigned", "Task_FirstReview",
					"Task_SmsFirstApproved", "Task_EmailFirstApproved", "Task_SecondReview", "Task_MarkApproved")
			.hasPassedElement("Task_MarkUnderReview", 1)
			.hasNoIncidents();
	}

	@Test
	void unitReassignedToDelegationWithoutSubDelegationGoesStraightToSecondReview() throws Exception {
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();

		Map<String, Object> reassignment = new HashMap<>();
		reassignment.put("firstReviewGroup", null);
		reassignment.put("firstReviewOrgName", null);
		reassignment.put("round", 2);
		decide(this.driver.userTask("Task_FirstReview"), "reassign", "直属交易团 / Directly under the delegation",
				reassignment);

		List<ActivatedJob> reassigned = this.driver.completeServiceJobs();
		assertReassignmentNotified(reassigned, 2, "北京交易团");
		assertThat(reassigned.get(0).getVariablesAsMap()).containsEntry("firstReviewOrgName", null)
			.containsEntry("secondReviewOrgName", "北京交易团");
		assertReviewTask(this.driver.userTask("Task_SecondReview"), DELEGATION);
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements("Task_SecondReview")
			.hasPassedElement("Task_FirstReview", 1)
			.hasNotPassedElement("Task_SmsFirstApproved")
			.hasNoIncidents();
	}

	@Test
	void unknownDecisionLeadsBackToReviewInsteadOfAnIncident() throws Exception {
		ProcessInstanceEvent instance = start(unit("SOCIAL_ORGANISATION", SUB_DELEGATION));
		completeCreditCheck(false, null);
		this.driver.completeServiceJobs();

		decide(this.driver.userTask("Task_FirstReview"), "postpone", "");

		assertThat(elementIds(this.driver.completeServiceJobs())).as("the default flow is the reassignment's")
			.containsExactly("Task_SmsReassigned", "Task_EmailReassigned");
		assertReviewTask(this.driver.userTask("Task_FirstReview"), SUB_DELEGATION);
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements("Task_FirstReview")
			.hasPassedElement("Task_FirstReview", 1)
			.hasNoIncidents();
	}

	@Test
	void missingCreditVerificationResultLeadsToManualReview() throws Exception {
		ProcessInstanceEvent instance = start(unit("ENTERPRISE", SUB_DELEGATION));
		ActivatedJob check = this.driver.activateSingle("verify-credit-code");
		this.driver.complete(check, Map.of());

		this.driver.completeServiceJobs();
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements("Task_FirstReview")
			.hasVariableWithValue("autoApprove", false)
			.hasNoIncidents();
	}

	// --- the portal's side: start variables, decisions --------------------------------

	private static Map<String, Object> unit(String category, String firstReviewGroup) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "case-42");
		variables.put("round", 1);
		variables.put("unitId", 42);
		variables.put("unitName", "北京示例进出口有限公司");
		variables.put("unitNameEn", "Beijing Example Import and Export Co., Ltd.");
		variables.put("creditCode", "91110000MA01ABCD1X");
		variables.put("unitCategory", category);
		variables.put("contactName", "张三");
		variables.put("contactMobile", "13800000000");
		variables.put("contactEmail", "zhangsan@example.com");
		variables.put("applicantGroup", APPLICANT);
		variables.put("firstReviewGroup", firstReviewGroup);
		variables.put("secondReviewGroup", DELEGATION);
		variables.put("firstReviewOrgName", (firstReviewGroup != null) ? "朝阳交易分团" : null);
		variables.put("secondReviewOrgName", "北京交易团");
		return variables;
	}

	private ProcessInstanceEvent start(Map<String, Object> variables) throws Exception {
		return this.driver.start("unit-review", variables);
	}

	private void decide(ActivatedJob task, String decision, String comment) throws Exception {
		decide(task, decision, comment, Map.of());
	}

	private void decide(ActivatedJob task, String decision, String comment, Map<String, Object> more) throws Exception {
		Map<String, Object> variables = new HashMap<>(more);
		variables.put("decision", decision);
		variables.put("comment", comment);
		this.driver.complete(task, variables);
	}

	// --- the workers' side: jobs ---------------------------------------------------

	private void completeCreditCheck(boolean verified, String registryCategory) throws Exception {
		ActivatedJob job = this.driver.activateSingle("verify-credit-code");
		assertThat(job.getElementId()).isEqualTo("Task_VerifyCreditCode");
		assertThat(job.getVariablesAsMap()).containsKeys("creditCode", "unitCategory");
		Map<String, Object> result = new HashMap<>();
		result.put("creditVerified", verified);
		result.put("registryCategory", registryCategory);
		this.driver.complete(job, result);
	}

	// --- assertions --------------------------------------------------------------------

	private static void assertReviewTask(ActivatedJob task, String candidateGroup) throws Exception {
		Map<String, String> headers = task.getCustomHeaders();
		assertThat(candidateGroups(task)).containsExactly(candidateGroup);
		assertThat(headers).containsEntry("io.camunda.zeebe:formKey", "unit-review")
			.containsEntry("decisions", "approve,return,reject,reassign")
			.containsEntry("commentRequiredFor", "return,reject,reassign");
		assertThat(headers.get("title_zh")).isNotBlank();
		assertThat(headers.get("title_en")).isNotBlank();
		OffsetDateTime dueDate = OffsetDateTime.parse(headers.get("io.camunda.zeebe:dueDate"));
		OffsetDateTime inThreeDays = OffsetDateTime.now().plusDays(3);
		assertThat(dueDate).isBetween(inThreeDays.minusHours(1), inThreeDays.plusHours(1));
	}

	private static void assertResubmitTask(ActivatedJob task) throws Exception {
		assertThat(candidateGroups(task)).containsExactly(APPLICANT);
		assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "unit-resubmit")
			.containsEntry("decisions", "resubmit")
			.containsKeys("title_zh", "title_en");
	}

	/**
	 * An SMS or e-mail job has its texts, and every placeholder in them can be filled
	 * from the job's variables.
	 */
	private static void assertNotificationTexts(ActivatedJob job) {
		Map<String, String> headers = job.getCustomHeaders();
		String texts = headers.get("template");
		assertThat(texts).as("template of %s", job.getElementId()).isNotBlank();
		if (job.getType().equals("send-email")) {
			assertThat(headers.get("subject")).as("subject of %s", job.getElementId()).isNotBlank();
			texts = headers.get("subject") + texts;
		}
		Map<String, Object> variables = job.getVariablesAsMap();
		Matcher placeholder = PLACEHOLDER.matcher(texts);
		while (placeholder.find()) {
			assertThat(variables).as("variables of %s", job.getElementId()).containsKey(placeholder.group(1));
		}
		assertThat(variables).containsKeys("caseId", "round",
				(job.getType().equals("send-sms")) ? "contactMobile" : "contactEmail");
	}

	/**
	 * A reassignment sends exactly the reassignment SMS and e-mail, in the new round, and
	 * their texts name the organisation the unit went to (reassignedToOrgName: the
	 * decision's, else the new first review's, else the delegation's), not the old one.
	 */
	private static void assertReassignmentNotified(List<ActivatedJob> jobs, int round, String newOrgName) {
		assertThat(elementIds(jobs)).containsExactly("Task_SmsReassigned", "Task_EmailReassigned");
		for (ActivatedJob job : jobs) {
			Map<String, String> headers = job.getCustomHeaders();
			String texts = headers.getOrDefault("subject", "") + headers.get("template");
			assertThat(texts).as("texts of %s", job.getElementId())
				.contains("${reassignedToOrgName}")
				.doesNotContain("${firstReviewOrgName}")
				.doesNotContain("${secondReviewOrgName}");
			assertThat(job.getVariable("reassignedToOrgName")).as("new organisation in %s", job.getElementId())
				.isEqualTo(newOrgName);
			assertThat(job.getVariable("round")).isEqualTo(round);
		}
		assertThat(jobs.get(0).getCustomHeaders().get("template")).contains("“${unitName}”")
			.contains("已转至${reassignedToOrgName}审核");
	}

}
