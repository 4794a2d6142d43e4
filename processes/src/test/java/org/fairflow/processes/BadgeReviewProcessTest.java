package org.fairflow.processes;

import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.DeploymentEvent;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.fairflow.processes.JobDriver.IDLE_TIMEOUT;
import static org.fairflow.processes.JobDriver.USER_TASK;
import static org.fairflow.processes.JobDriver.candidateGroups;
import static org.fairflow.processes.JobDriver.elementIds;

/**
 * Drives {@code badge-review.bpmn} through every path of the contract in
 * docs/ARCHITECTURE.md, playing the workers, the adapters' answers and the portal by
 * activating and completing jobs and publishing messages.
 */
@ZeebeProcessTest
class BadgeReviewProcessTest {

	private static final String MODEL = "models/badge-review.bpmn";

	private static final String BEFORE_PRODUCTION = "SubProcess_BeforeProduction";

	private static final String PRODUCTION = "SubProcess_ProduceAndDeliver";

	/** How long the portal and the adapters let the engine buffer a message. */
	private static final Duration MESSAGE_TTL = Duration.ofHours(1);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	private static final String CASE_ID = "case-7";

	private static final String DELEGATION = "org:del-3";

	private static final String ORGANISER = "org:organiser";

	private static final String APPLICANT = "unit:42";

	private static final String REFUND_NOTICE = "如已缴费，";

	/**
	 * Variables the portal sets at start (docs/ARCHITECTURE.md, badge-review process).
	 */
	private static final Set<String> START_VARIABLES = Set.of("caseId", "round", "personId", "personName", "unitId",
			"unitName", "badgeType", "fee", "unifiedPayment", "delegationGroup", "organiserGroup", "financeGroup",
			"applicantGroup", "contactMobile", "contactEmail", "entryFrom", "entryTo");

	/**
	 * Variables set on the way: decisions, messages and worker outputs of the contract.
	 */
	private static final Set<String> FLOW_VARIABLES = Set.of("decision", "comment", "securityPassed", "securityReason",
			"cancelReason", "badgeId", "deliveryMethod", "courierName", "trackingNumber", "deliveryAddress");

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	@BeforeEach
	void deployModel() {
		this.driver = new JobDriver(this.client, this.engine, "badge-review-test",
				BadgeReviewProcessTest::assertNotificationTexts);
		DeploymentEvent deployment = this.client.newDeployResourceCommand()
			.addResourceFromClasspath(MODEL)
			.send()
			.join();
		BpmnAssert.assertThat(deployment).containsProcessesByBpmnProcessId("badge-review");
	}

	// --- payment ---------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "STAFF", "VIP" })
	void freeBadgeWithinQuotaGoesStraightToSecurityCheck(String badgeType) throws Exception {
		ProcessInstanceEvent instance = start(badge(badgeType, 0, true));

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertAwaitingReviewNotified(jobs);
		ActivatedJob check = this.driver.activateSingle("request-security-check");
		assertThat(check.getElementId()).isEqualTo("Task_RequestSecurityCheck");
		assertThat(check.getVariablesAsMap()).containsEntry("personId", 7001).containsEntry("badgeType", badgeType);
		this.driver.complete(check, Map.of());
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(BEFORE_PRODUCTION, "Gateway_SecurityCheckAnswer")
			.hasPassedElement("Gateway_PaymentRoute")
			.hasNotPassedElement("Task_MarkAwaitingPayment")
			.hasNotPassedElement("Task_MarkAwaitingDelegation")
			.hasNotPassedElement("Task_RequestPayment")
			.hasNoIncidents();
	}

	@Test
	void visitorWithoutUnifiedPaymentPaysItselfAndPicksTheBadgeUpOnSite() throws Exception {
		ProcessInstanceEvent instance = start(badge("VISITOR", 300, false));

		List<ActivatedJob> awaitingPayment = this.driver.completeServiceJobs();
		assertAwaitingPaymentNotified(awaitingPayment);
		assertThat(awaitingPayment.get(0).getCustomHeaders()).containsEntry("commentFrom", "comment");
		completeRequestPayment();
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(BEFORE_PRODUCTION, "Event_BadgePaid")
			.hasNoIncidents();
		assertThat(this.driver.activate("update-case-status")).as("nothing moves before the payment").isEmpty();

		publish("badge-paid", Map.of("paymentOrderId", "order-1"));
		assertAwaitingReviewNotified(this.driver.completeServiceJobs());
		completeSecurityCheck(true, null);
		assertApprovedNotified(this.driver.completeServiceJobs());
		completeProduceBadge("badge-1", "VISITOR", 1);
		assertProducedNotified(this.driver.completeServiceJobs(), "专业观众证", "professional visitor badge", 1);
		completeDeliverBadge(pickUp());
		List<ActivatedJob> delivered = this.driver.completeServiceJobs();

		assertThat(elementIds(delivered)).containsExactly("Task_MarkDelivered", "Task_SmsReadyForPickUp",
				"Task_EmailReadyForPickUp");
		assertStatus(delivered.get(0), "DELIVERED", "BADGE_DELIVERED");
		assertThat(sms(delivered).getCustomHeaders().get("template")).contains("现场领取")
			.contains("${entryFrom}至${entryTo}");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Task_MarkAwaitingPayment", "Task_RequestPayment", "Event_BadgePaid",
					"Task_MarkAwaitingReview", "Task_RequestSecurityCheck", "Event_SecurityChecked",
					"Task_MarkApproved", "Task_ProduceBadge", "Task_MarkProduced", "Task_DeliverBadge",
					"Task_MarkDelivered", "End_Delivered")
			.hasNotPassedElement("Task_DelegationConfirmPayment")
			.hasNotPassedElement("Task_SmsShipped")
			.hasVariableWithValue("paymentOrderId", "order-1")
			.hasNoIncidents();
		assertCaseClosedOnce();
	}

	@Test
	void unifiedPaymentConfirmedByTheDelegationGoesToSecurityCheck() throws Exception {
		ProcessInstanceEvent instance = start(badge("VISITOR", 300, true));

		List<ActivatedJob> awaitingDelegation = this.driver.completeServiceJobs();
		assertThat(elementIds(awaitingDelegation)).containsExactly("Task_MarkAwaitingDelegation",
				"Task_SmsAwaitingDelegation", "Task_EmailAwaitingDelegation");
		assertStatus(awaitingDelegation.get(0), "AWAITING_DELEGATION", "DELEGATION_CONFIRMATION_REQUESTED");
		assertThat(sms(awaitingDelegation).getCustomHeaders().get("template")).contains("${personName}")
			.contains("统一支付");
		ActivatedJob confirmation = this.driver.userTask("Task_DelegationConfirmPayment");
		assertDelegationTask(confirmation);
		decide(confirmation, "confirm", "");

		assertAwaitingReviewNotified(this.driver.completeServiceJobs());
		assertThat(this.driver.activateSingle("request-security-check").getElementId())
			.isEqualTo("Task_RequestSecurityCheck");
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(BEFORE_PRODUCTION, "Task_RequestSecurityCheck")
			.hasPassedElementsInOrder("Task_MarkAwaitingDelegation", "Task_DelegationConfirmPayment",
					"Gateway_DelegationDecision", "Task_MarkAwaitingReview")
			.hasNotPassedElement("Task_MarkAwaitingPayment")
			.hasNotPassedElement("Task_RequestPayment")
			.hasVariableWithValue("decision", "confirm")
			.hasNoIncidents();
	}

	@Test
	void unifiedPaymentDeclinedByTheDelegationFallsBackToSelfPayment() throws Exception {
		String comment = "超出本单位统付上限 / Beyond the unit's cap";
		ProcessInstanceEvent instance = start(badge("VISITOR", 300, true));
		this.driver.completeServiceJobs();

		decide(this.driver.userTask("Task_DelegationConfirmPayment"), "decline", comment);
		List<ActivatedJob> awaitingPayment = this.driver.completeServiceJobs();

		assertAwaitingPaymentNotified(awaitingPayment);
		assertThat(awaitingPayment.get(0).getVariable("comment")).as("the status line carries the delegation's reason")
			.isEqualTo(comment);
		completeRequestPayment();
		publish("badge-paid", Map.of());
		assertAwaitingReviewNotified(this.driver.completeServiceJobs());
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(BEFORE_PRODUCTION, "Task_RequestSecurityCheck")
			.hasPassedElementsInOrder("Task_DelegationConfirmPayment", "Task_MarkAwaitingPayment",
					"Task_RequestPayment", "Event_BadgePaid", "Task_MarkAwaitingReview")
			.hasVariableWithValue("decision", "decline")
			.hasNoIncidents();
	}

	// --- security check --------------------------------------------------------------

	@Test
	void passedSecurityCheckIsApprovedProducedAndDeliveredByCourier() throws Exception {
		ProcessInstanceEvent instance = start(badge("VIP", 0, false));
		this.driver.completeServiceJobs();
		completeSecurityCheck(true, null);

		List<ActivatedJob> approved = this.driver.completeServiceJobs();
		assertApprovedNotified(approved);
		BpmnAssert.assertThat(instance).isWaitingExactlyAtElements(PRODUCTION, "Task_ProduceBadge");
		completeProduceBadge("badge-1", "VIP", 1);
		assertProducedNotified(this.driver.completeServiceJobs(), "VIP证", "VIP badge", 1);
		completeDeliverBadge(courier());
		List<ActivatedJob> delivered = this.driver.completeServiceJobs();

		assertThat(elementIds(delivered)).containsExactly("Task_MarkDelivered", "Task_SmsShipped", "Task_EmailShipped");
		assertStatus(delivered.get(0), "DELIVERED", "BADGE_DELIVERED");
		assertThat(sms(delivered).getCustomHeaders().get("template")).contains("${courierName}")
			.contains("${trackingNumber}");
		assertThat(sms(delivered).getVariable("trackingNumber")).isEqualTo("SF1234567890");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Event_SecurityChecked", "Gateway_SecurityResult", "Task_MarkApproved",
					"End_ReadyForProduction", "Task_ProduceBadge", "Task_DeliverBadge", "Task_MarkDelivered",
					"Task_SmsShipped", "Task_EmailShipped", "End_Delivered")
			.hasNotPassedElement("Task_SecurityTimeout")
			.hasNotPassedElement("Task_SmsReadyForPickUp")
			.hasVariableWithValue("badgeId", "badge-1")
			.hasNoIncidents();
		assertCaseClosedOnce();
	}

	@Test
	void failedSecurityCheckIsRejectedWithARefundNotice() throws Exception {
		ProcessInstanceEvent instance = start(badge("VISITOR", 300, false));
		this.driver.completeServiceJobs();
		completeRequestPayment();
		publish("badge-paid", Map.of());
		this.driver.completeServiceJobs();

		completeSecurityCheck(false, "证件信息核验未通过 / Identity not confirmed");
		List<ActivatedJob> rejected = this.driver.completeServiceJobs();

		assertRejectedNotified(rejected);
		assertThat(rejected.get(0).getVariable("securityReason")).isEqualTo("证件信息核验未通过 / Identity not confirmed");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Event_SecurityChecked", "Gateway_SecurityResult", "Boundary_SecurityFailed",
					"Task_MarkRejected", "End_Rejected")
			.hasNotPassedElement("Task_MarkApproved")
			.hasNotPassedElement("Task_ProduceBadge")
			.hasNoIncidents();
		assertCaseClosedOnce();
	}

	@Test
	void securityCheckWithoutAnswerGoesToTheOrganiserWhoPasses() throws Exception {
		ProcessInstanceEvent instance = start(badge("STAFF", 0, false));
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.activateSingle("request-security-check"), Map.of());

		this.engine.increaseTime(Duration.ofDays(1));
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		assertThat(this.driver.activate(USER_TASK)).as("no organiser task before the timer is due").isEmpty();
		this.engine.increaseTime(Duration.ofDays(1));
		this.engine.waitForIdleState(IDLE_TIMEOUT);

		ActivatedJob timeout = this.driver.userTask("Task_SecurityTimeout");
		assertOrganiserTask(timeout, Duration.ofDays(2 + 1));
		decide(timeout, "pass", "人工核验通过 / Checked by hand");
		assertApprovedNotified(this.driver.completeServiceJobs());
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(PRODUCTION, "Task_ProduceBadge")
			.hasPassedElementsInOrder("Gateway_SecurityCheckAnswer", "Timer_SecurityCheckOverdue",
					"Task_SecurityTimeout", "Gateway_OrganiserDecision", "Task_MarkApproved")
			.hasNotPassedElement("Event_SecurityChecked")
			.hasNoIncidents();
	}

	@Test
	void securityCheckWithoutAnswerGoesToTheOrganiserWhoFails() throws Exception {
		ProcessInstanceEvent instance = start(badge("STAFF", 0, false));
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.activateSingle("request-security-check"), Map.of());

		this.engine.increaseTime(Duration.ofDays(2));
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		decide(this.driver.userTask("Task_SecurityTimeout"), "fail", "身份存疑 / Identity in doubt");

		assertRejectedNotified(this.driver.completeServiceJobs());
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Timer_SecurityCheckOverdue", "Task_SecurityTimeout", "Gateway_OrganiserDecision",
					"Boundary_SecurityFailed", "Task_MarkRejected", "End_Rejected")
			.hasNotPassedElement("Task_MarkApproved")
			.hasVariableWithValue("decision", "fail")
			.hasNoIncidents();
		assertCaseClosedOnce();
	}

	@Test
	void securityAnswerWithoutAResultGoesToTheOrganiser() throws Exception {
		ProcessInstanceEvent instance = start(badge("STAFF", 0, false));
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.activateSingle("request-security-check"), Map.of());

		publish("security-checked", Map.of("securityReason", "服务暂不可用 / Service unavailable"));

		assertOrganiserTask(this.driver.userTask("Task_SecurityTimeout"), Duration.ofDays(1));
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(BEFORE_PRODUCTION, "Task_SecurityTimeout")
			.hasPassedElementsInOrder("Event_SecurityChecked", "Gateway_SecurityResult")
			.hasNotPassedElement("Timer_SecurityCheckOverdue")
			.hasNoIncidents();
	}

	// --- upgrade ---------------------------------------------------------------------

	@Test
	void upgradeAfterProductionVoidsTheOldBadgeAndProducesTheNewType() throws Exception {
		ProcessInstanceEvent instance = start(badge("VISITOR", 300, true));
		this.driver.completeServiceJobs();
		decide(this.driver.userTask("Task_DelegationConfirmPayment"), "confirm", "");
		this.driver.completeServiceJobs();
		completeSecurityCheck(true, null);
		this.driver.completeServiceJobs();
		completeProduceBadge("badge-1", "VISITOR", 1);
		assertProducedNotified(this.driver.completeServiceJobs(), "专业观众证", "professional visitor badge", 1);
		ActivatedJob firstDelivery = this.driver.activateSingle("deliver-badge");

		publish("badge-upgraded", Map.of("badgeType", "STAFF", "round", 2));
		assertThatExceptionOfType(ClientStatusException.class).as("the interrupted delivery is gone")
			.isThrownBy(() -> this.client.newCompleteCommand(firstDelivery.getKey()).send().join());
		completeVoidBadge("badge-1");
		assertUpgradeNotified(this.driver.completeServiceJobs(), "工作人员证", "staff badge", 2);
		completeProduceBadge("badge-2", "STAFF", 2);
		assertProducedNotified(this.driver.completeServiceJobs(), "工作人员证", "staff badge", 2);
		this.driver.activateSingle("deliver-badge");

		publish("badge-upgraded", Map.of("badgeType", "VIP", "round", 3));
		completeVoidBadge("badge-2");
		assertUpgradeNotified(this.driver.completeServiceJobs(), "VIP证", "VIP badge", 3);
		completeProduceBadge("badge-3", "VIP", 3);
		assertProducedNotified(this.driver.completeServiceJobs(), "VIP证", "VIP badge", 3);
		completeDeliverBadge(courier());
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkDelivered",
				"Task_SmsShipped", "Task_EmailShipped");

		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("Boundary_BadgeUpgraded", 2)
			.hasPassedElement("Task_VoidBadge", 2)
			.hasPassedElement("Task_ProduceBadge", 3)
			.hasPassedElement("Task_MarkApproved", 1)
			.hasPassedElement("Task_MarkDelivered", 1)
			.hasPassedElementsInOrder("Task_ProduceBadge", "Boundary_BadgeUpgraded", "Task_VoidBadge",
					"Task_MarkUpgraded", "Task_ProduceBadge", "Boundary_BadgeUpgraded", "Task_VoidBadge",
					"Task_MarkUpgraded", "Task_ProduceBadge", "Task_DeliverBadge", "End_Delivered")
			.hasVariableWithValue("badgeType", "VIP")
			.hasVariableWithValue("badgeId", "badge-3")
			.hasVariableWithValue("round", 3)
			.hasNoIncidents();
		assertCaseClosedOnce();
	}

	// --- cancellation ----------------------------------------------------------------

	@Test
	void cancellationWhileAwaitingPaymentEndsCancelled() throws Exception {
		ProcessInstanceEvent instance = start(badge("VISITOR", 300, false));
		this.driver.completeServiceJobs();
		completeRequestPayment();

		publish("badge-cancelled", Map.of("cancelReason", "人员不再参展 / No longer attending"));
		assertCancelledNotified(this.driver.completeServiceJobs());
		publish("badge-paid", Map.of());

		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElementsInOrder("Task_RequestPayment", "Boundary_BadgeCancelled", "Task_MarkCancelled",
					"End_Cancelled")
			.hasNotPassedElement("Event_BadgePaid")
			.hasNotPassedElement("Task_MarkAwaitingReview")
			.hasVariableWithValue("cancelReason", "人员不再参展 / No longer attending")
			.hasNoIncidents();
		assertCaseClosedOnce();
	}

	@Test
	void cancellationWhileAwaitingTheSecurityCheckEndsCancelled() throws Exception {
		ProcessInstanceEvent instance = start(badge("STAFF", 0, false));
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.activateSingle("request-security-check"), Map.of());

		publish("badge-cancelled", Map.of("cancelReason", "单位撤回 / Withdrawn by the unit"));
		assertCancelledNotified(this.driver.completeServiceJobs());
		this.engine.increaseTime(Duration.ofDays(3));
		this.engine.waitForIdleState(IDLE_TIMEOUT);

		assertThat(this.driver.activate(USER_TASK)).as("the timer went with the cancelled scope").isEmpty();
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("End_Cancelled")
			.hasNotPassedElement("Event_SecurityChecked")
			.hasNotPassedElement("Timer_SecurityCheckOverdue")
			.hasNotPassedElement("Task_MarkRejected")
			.hasNoIncidents();
		assertCaseClosedOnce();
	}

	@Test
	void cancellationWhileTheDelegationDecidesWithdrawsItsTask() throws Exception {
		ProcessInstanceEvent instance = start(badge("VISITOR", 300, true));
		this.driver.completeServiceJobs();
		ActivatedJob confirmation = this.driver.userTask("Task_DelegationConfirmPayment");

		publish("badge-cancelled", Map.of("cancelReason", "单位撤回 / Withdrawn by the unit"));

		assertCancelledNotified(this.driver.completeServiceJobs());
		assertThatExceptionOfType(ClientStatusException.class).as("the delegation's task is gone")
			.isThrownBy(() -> this.client.newCompleteCommand(confirmation.getKey())
				.variables(Map.of("decision", "confirm"))
				.send()
				.join());
		BpmnAssert.assertThat(instance).isCompleted().hasPassedElement("End_Cancelled").hasNoIncidents();
	}

	@Test
	void cancellationAfterProductionHasNoEffect() throws Exception {
		ProcessInstanceEvent instance = start(badge("STAFF", 0, false));
		this.driver.completeServiceJobs();
		completeSecurityCheck(true, null);
		this.driver.completeServiceJobs();
		completeProduceBadge("badge-1", "STAFF", 1);
		this.driver.completeServiceJobs();

		publish("badge-cancelled", Map.of("cancelReason", "太迟了 / Too late"));
		completeDeliverBadge(courier());

		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkDelivered",
				"Task_SmsShipped", "Task_EmailShipped");
		BpmnAssert.assertThat(instance)
			.isCompleted()
			.hasPassedElement("End_Delivered")
			.hasNotPassedElement("Boundary_BadgeCancelled")
			.hasNotPassedElement("Task_MarkCancelled")
			.hasNoIncidents();
	}

	// --- restart: resuming at a checkpoint (engine contract) -------------------------

	@Test
	void resumedAtTheSecurityCheckRequestGetsTheKnownAnswerAgain() throws Exception {
		ProcessInstanceEvent instance = startBefore("Task_RequestSecurityCheck", badge("STAFF", 0, false));

		ActivatedJob check = this.driver.activateSingle("request-security-check");
		// The adapter already has the answer: the idempotent worker publishes it again
		// and
		// completes; the engine buffers the message until the catch event subscribes.
		publish("security-checked", Map.of("securityPassed", true));
		this.driver.complete(check, Map.of());

		assertApprovedNotified(this.driver.completeServiceJobs());
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(PRODUCTION, "Task_ProduceBadge")
			.hasPassedElementsInOrder("Task_RequestSecurityCheck", "Event_SecurityChecked", "Task_MarkApproved")
			.hasNotPassedElement("Task_MarkAwaitingReview")
			.hasNoIncidents();
	}

	@Test
	void resumedInsideTheScopeBeforeProductionCanStillBeCancelled() throws Exception {
		ProcessInstanceEvent instance = startBefore("Task_RequestPayment", badge("VISITOR", 300, false));
		completeRequestPayment();

		publish("badge-cancelled", Map.of("cancelReason", "单位撤回 / Withdrawn by the unit"));

		assertCancelledNotified(this.driver.completeServiceJobs());
		BpmnAssert.assertThat(instance).isCompleted().hasPassedElement("End_Cancelled").hasNoIncidents();
	}

	@Test
	void resumedAfterTheDelegationDecidedContinuesFromItsDecision() throws Exception {
		Map<String, Object> variables = badge("VISITOR", 300, true);
		variables.put("decision", "decline");
		variables.put("comment", "超出上限 / Beyond the cap");
		ProcessInstanceEvent instance = startBefore("Gateway_DelegationDecision", variables);

		assertAwaitingPaymentNotified(this.driver.completeServiceJobs());
		BpmnAssert.assertThat(instance)
			.isWaitingExactlyAtElements(BEFORE_PRODUCTION, "Task_RequestPayment")
			.hasNotPassedElement("Task_DelegationConfirmPayment")
			.hasNoIncidents();
	}

	@Test
	void resumedAtDeliveryCanStillBeUpgraded() throws Exception {
		Map<String, Object> variables = badge("STAFF", 0, false);
		variables.put("badgeId", "badge-1");
		ProcessInstanceEvent instance = startBefore("Task_DeliverBadge", variables);
		this.driver.activateSingle("deliver-badge");

		publish("badge-upgraded", Map.of("badgeType", "VIP", "round", 2));

		completeVoidBadge("badge-1");
		assertUpgradeNotified(this.driver.completeServiceJobs(), "VIP证", "VIP badge", 2);
		BpmnAssert.assertThat(instance).isWaitingExactlyAtElements(PRODUCTION, "Task_ProduceBadge").hasNoIncidents();
	}

	// --- texts -----------------------------------------------------------------------

	/**
	 * Every placeholder of every notification in the model is a variable of the contract,
	 * or a local one the task maps itself. At run time,
	 * {@link JobDriver#completeServiceJobs()} checks each sent notification against its
	 * job's variables.
	 */
	@Test
	void everyNotificationPlaceholderIsAContractVariable() throws Exception {
		BpmnModelInstance model = model();
		List<ServiceTask> notifications = serviceTasks(model, Set.of("send-sms", "send-email"));
		assertThat(notifications).hasSizeGreaterThanOrEqualTo(20);
		for (ServiceTask task : notifications) {
			Map<String, String> headers = headers(task);
			Set<String> known = new LinkedHashSet<>(START_VARIABLES);
			known.addAll(FLOW_VARIABLES);
			known.addAll(localVariables(task));
			String texts = headers.getOrDefault("subject", "") + headers.get("template");
			assertThat(placeholders(texts)).as("placeholders of %s", task.getId()).isNotEmpty().isSubsetOf(known);
			if (jobType(task).equals("send-sms")) {
				assertThat(headers.get("template")).as("SMS of %s", task.getId()).startsWith("【展会】");
			}
			else {
				assertThat(headers.get("subject")).as("subject of %s", task.getId()).matches(".*\\p{IsHan}.*");
				assertThat(headers.get("subject_en")).as("English subject of %s", task.getId()).matches("[A-Z].*");
				assertThat(headers.get("template")).as("e-mail of %s", task.getId()).contains("您好：").endsWith("展会组委会");
				assertThat(headers.get("template_en")).as("English e-mail of %s", task.getId())
					.contains("Dear liaison,")
					.endsWith("The fair's organising committee");
			}
		}
	}

	/**
	 * Every person-state change notifies the unit's contact: each update-case-status task
	 * leads (through gateways only) to an SMS, and each SMS straight to an e-mail.
	 */
	@Test
	void everyStatusChangeIsFollowedBySmsAndEmail() throws Exception {
		BpmnModelInstance model = model();
		List<ServiceTask> statusTasks = serviceTasks(model, Set.of("update-case-status"));
		assertThat(statusTasks).extracting(ServiceTask::getId)
			.containsExactlyInAnyOrder("Task_MarkAwaitingDelegation", "Task_MarkAwaitingPayment",
					"Task_MarkAwaitingReview", "Task_MarkApproved", "Task_MarkRejected", "Task_MarkCancelled",
					"Task_MarkProduced", "Task_MarkUpgraded", "Task_MarkDelivered");
		for (ServiceTask status : statusTasks) {
			List<FlowNode> smsTasks = nextSkippingGateways(status);
			assertThat(smsTasks).as("after %s", status.getId()).isNotEmpty();
			for (FlowNode sms : smsTasks) {
				assertThat(jobType(sms)).as("%s after %s", sms.getId(), status.getId()).isEqualTo("send-sms");
				List<FlowNode> emails = nextSkippingGateways(sms);
				assertThat(emails).as("after %s", sms.getId()).hasSize(1);
				assertThat(jobType(emails.get(0))).as("%s after %s", emails.get(0).getId(), sms.getId())
					.isEqualTo("send-email");
			}
		}
	}

	@Test
	void rejectionAndCancellationTellTheUnitAboutRefunds() throws Exception {
		BpmnModelInstance model = model();
		for (String id : List.of("Task_SmsRejected", "Task_SmsCancelled")) {
			assertThat(headers(model.getModelElementById(id)).get("template")).as(id)
				.contains(REFUND_NOTICE)
				.contains("退款");
		}
		for (String id : List.of("Task_EmailRejected", "Task_EmailCancelled")) {
			assertThat(headers(model.getModelElementById(id)).get("template_en")).as(id).contains("refund");
		}
	}

	// --- the portal's side: start variables, decisions, messages ---------------------

	private static Map<String, Object> badge(String badgeType, int fee, boolean unifiedPayment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", CASE_ID);
		variables.put("round", 1);
		variables.put("personId", 7001);
		variables.put("personName", "李四");
		variables.put("unitId", 42);
		variables.put("unitName", "北京示例进出口有限公司");
		variables.put("badgeType", badgeType);
		variables.put("fee", fee);
		variables.put("unifiedPayment", unifiedPayment);
		variables.put("delegationGroup", DELEGATION);
		variables.put("organiserGroup", ORGANISER);
		variables.put("financeGroup", "org:finance");
		variables.put("applicantGroup", APPLICANT);
		variables.put("contactMobile", "13800000000");
		variables.put("contactEmail", "zhangsan@example.com");
		variables.put("entryFrom", "2025-11-05");
		variables.put("entryTo", "2025-11-10");
		assertThat(variables.keySet()).isEqualTo(START_VARIABLES);
		return variables;
	}

	private ProcessInstanceEvent start(Map<String, Object> variables) throws Exception {
		return this.driver.start("badge-review", variables);
	}

	/** How the portal resumes a case after a restart: before its checkpoint element. */
	private ProcessInstanceEvent startBefore(String elementId, Map<String, Object> variables) throws Exception {
		ProcessInstanceEvent instance = this.client.newCreateInstanceCommand()
			.bpmnProcessId("badge-review")
			.latestVersion()
			.variables(variables)
			.startBeforeElement(elementId)
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		return instance;
	}

	private void publish(String message, Map<String, Object> variables) throws Exception {
		this.client.newPublishMessageCommand()
			.messageName(message)
			.correlationKey(CASE_ID)
			.timeToLive(MESSAGE_TTL)
			.variables(variables)
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
	}

	private void decide(ActivatedJob task, String decision, String comment) throws Exception {
		this.driver.complete(task, Map.of("decision", decision, "comment", comment));
	}

	// --- the workers' and adapters' side ---------------------------------------------

	private void completeRequestPayment() throws Exception {
		ActivatedJob job = this.driver.activateSingle("request-payment");
		assertThat(job.getElementId()).isEqualTo("Task_RequestPayment");
		assertThat(job.getVariablesAsMap()).containsEntry("caseId", CASE_ID)
			.containsEntry("personId", 7001)
			.containsEntry("fee", 300);
		this.driver.complete(job, Map.of());
	}

	/** The check is requested, then the adapter answers by message. */
	private void completeSecurityCheck(boolean passed, String reason) throws Exception {
		ActivatedJob job = this.driver.activateSingle("request-security-check");
		assertThat(job.getElementId()).isEqualTo("Task_RequestSecurityCheck");
		this.driver.complete(job, Map.of());
		Map<String, Object> answer = new HashMap<>();
		answer.put("securityPassed", passed);
		answer.put("securityReason", reason);
		publish("security-checked", answer);
	}

	private void completeProduceBadge(String badgeId, String badgeType, int round) throws Exception {
		ActivatedJob job = this.driver.activateSingle("produce-badge");
		assertThat(job.getElementId()).isEqualTo("Task_ProduceBadge");
		assertThat(job.getVariablesAsMap()).containsEntry("badgeType", badgeType)
			.containsEntry("round", round)
			.containsKeys("personId", "personName", "unitName", "entryFrom", "entryTo");
		this.driver.complete(job, Map.of("badgeId", badgeId));
	}

	private void completeVoidBadge(String badgeId) throws Exception {
		ActivatedJob job = this.driver.activateSingle("void-badge");
		assertThat(job.getElementId()).isEqualTo("Task_VoidBadge");
		assertThat(job.getVariable("badgeId")).isEqualTo(badgeId);
		this.driver.complete(job, Map.of());
	}

	private void completeDeliverBadge(Map<String, Object> delivery) throws Exception {
		ActivatedJob job = this.driver.activateSingle("deliver-badge");
		assertThat(job.getElementId()).isEqualTo("Task_DeliverBadge");
		assertThat(job.getVariablesAsMap()).containsKeys("badgeId", "unitId");
		this.driver.complete(job, delivery);
	}

	private static Map<String, Object> courier() {
		return Map.of("deliveryMethod", "COURIER", "courierName", "顺丰速运", "trackingNumber", "SF1234567890",
				"deliveryAddress", "北京市朝阳区示例路1号");
	}

	private static Map<String, Object> pickUp() {
		return Map.of("deliveryMethod", "PICK_UP");
	}

	// --- assertions ------------------------------------------------------------------

	private void assertCaseClosedOnce() {
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		assertThat(this.driver.closeCaseJobs().get(0).getVariable("caseId")).isEqualTo(CASE_ID);
	}

	private static void assertStatus(ActivatedJob job, String status, String event) {
		assertThat(job.getType()).isEqualTo("update-case-status");
		assertThat(job.getCustomHeaders()).containsEntry("status", status).containsEntry("event", event);
	}

	private static void assertAwaitingPaymentNotified(List<ActivatedJob> jobs) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkAwaitingPayment", "Task_SmsAwaitingPayment",
				"Task_EmailAwaitingPayment");
		assertStatus(jobs.get(0), "AWAITING_PAYMENT", "PAYMENT_REQUESTED");
		assertThat(sms(jobs).getCustomHeaders().get("template")).contains("${personName}")
			.contains("待支付")
			.contains("${fee}元");
	}

	private static void assertAwaitingReviewNotified(List<ActivatedJob> jobs) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkAwaitingReview", "Task_SmsAwaitingReview",
				"Task_EmailAwaitingReview");
		assertStatus(jobs.get(0), "AWAITING_REVIEW", "SECURITY_CHECK_REQUESTED");
		assertThat(sms(jobs).getCustomHeaders().get("template")).contains("安全审核");
	}

	private static void assertApprovedNotified(List<ActivatedJob> jobs) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkApproved", "Task_SmsApproved", "Task_EmailApproved");
		assertStatus(jobs.get(0), "APPROVED", "SECURITY_PASSED");
		assertThat(sms(jobs).getCustomHeaders().get("template")).contains("已通过审核");
	}

	private static void assertRejectedNotified(List<ActivatedJob> jobs) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkRejected", "Task_SmsRejected", "Task_EmailRejected");
		assertStatus(jobs.get(0), "REJECTED", "SECURITY_FAILED");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("commentFrom", "securityReason");
		assertThat(sms(jobs).getCustomHeaders().get("template")).contains("未通过审核").contains(REFUND_NOTICE);
	}

	private static void assertCancelledNotified(List<ActivatedJob> jobs) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkCancelled", "Task_SmsCancelled", "Task_EmailCancelled");
		assertStatus(jobs.get(0), "CANCELLED", "CANCELLED");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("commentFrom", "cancelReason");
		assertThat(sms(jobs).getCustomHeaders().get("template")).contains("已注销").contains(REFUND_NOTICE);
	}

	private static void assertProducedNotified(List<ActivatedJob> jobs, String typeZh, String typeEn, int round) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkProduced", "Task_SmsProduced", "Task_EmailProduced");
		assertStatus(jobs.get(0), "PRODUCED", "BADGE_PRODUCED");
		assertThat(sms(jobs).getCustomHeaders().get("template")).contains("${badgeTypeZh}已制作完成");
		assertBadgeTypeNamed(jobs, typeZh, typeEn, round);
	}

	private static void assertUpgradeNotified(List<ActivatedJob> jobs, String typeZh, String typeEn, int round) {
		assertThat(elementIds(jobs)).containsExactly("Task_MarkUpgraded", "Task_SmsUpgraded", "Task_EmailUpgraded");
		assertStatus(jobs.get(0), "APPROVED", "UPGRADED");
		assertThat(sms(jobs).getCustomHeaders().get("template")).contains("升级为${badgeTypeZh}").contains("原证件作废");
		assertBadgeTypeNamed(jobs, typeZh, typeEn, round);
	}

	/** The texts name the badge type in words, and each pass has its own round. */
	private static void assertBadgeTypeNamed(List<ActivatedJob> jobs, String typeZh, String typeEn, int round) {
		for (ActivatedJob job : jobs) {
			assertThat(job.getVariable("round")).as("round of %s", job.getElementId()).isEqualTo(round);
		}
		assertThat(jobs.get(1).getVariable("badgeTypeZh")).isEqualTo(typeZh);
		assertThat(jobs.get(2).getVariablesAsMap()).containsEntry("badgeTypeZh", typeZh)
			.containsEntry("badgeTypeEn", typeEn);
	}

	private static void assertDelegationTask(ActivatedJob task) throws Exception {
		Map<String, String> headers = task.getCustomHeaders();
		assertThat(candidateGroups(task)).containsExactly(DELEGATION);
		assertThat(headers).containsEntry("io.camunda.zeebe:formKey", "badge-payment-confirmation")
			.containsEntry("decisions", "confirm,decline")
			.containsKeys("title_zh", "title_en");
		assertDueIn(task, Duration.ofDays(3));
	}

	private static void assertOrganiserTask(ActivatedJob task, Duration dueIn) throws Exception {
		Map<String, String> headers = task.getCustomHeaders();
		assertThat(candidateGroups(task)).containsExactly(ORGANISER);
		assertThat(headers).containsEntry("io.camunda.zeebe:formKey", "badge-security-review")
			.containsEntry("decisions", "pass,fail")
			.containsEntry("commentRequiredFor", "fail")
			.containsKeys("title_zh", "title_en");
		assertDueIn(task, dueIn);
	}

	/** Due dates count from the engine's clock, which the timer tests move forward. */
	private static void assertDueIn(ActivatedJob task, Duration dueIn) {
		OffsetDateTime dueDate = OffsetDateTime.parse(task.getCustomHeaders().get("io.camunda.zeebe:dueDate"));
		OffsetDateTime expected = OffsetDateTime.now().plus(dueIn);
		assertThat(dueDate).isBetween(expected.minusHours(1), expected.plusHours(1));
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
		for (String placeholder : placeholders(texts)) {
			assertThat(variables).as("variables of %s", job.getElementId()).containsKey(placeholder);
			assertThat(variables.get(placeholder)).as("%s in %s", placeholder, job.getElementId()).isNotNull();
		}
		assertThat(variables).containsKeys("caseId", "round",
				(job.getType().equals("send-sms")) ? "contactMobile" : "contactEmail");
	}

	private static ActivatedJob sms(List<ActivatedJob> jobs) {
		return jobs.stream().filter((job) -> job.getType().equals("send-sms")).findFirst().orElseThrow();
	}

	// --- the model, read statically --------------------------------------------------

	private static BpmnModelInstance model() throws Exception {
		try (InputStream in = BadgeReviewProcessTest.class.getClassLoader().getResourceAsStream(MODEL)) {
			assertThat(in).as(MODEL).isNotNull();
			return Bpmn.readModelFromStream(in);
		}
	}

	private static Set<String> placeholders(String texts) {
		Set<String> names = new LinkedHashSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(texts);
		while (placeholder.find()) {
			names.add(placeholder.group(1));
		}
		return names;
	}

	private static List<ServiceTask> serviceTasks(BpmnModelInstance model, Set<String> jobTypes) {
		return model.getModelElementsByType(ServiceTask.class)
			.stream()
			.filter((task) -> jobTypes.contains(jobType(task)))
			.toList();
	}

	private static String jobType(FlowNode node) {
		ZeebeTaskDefinition definition = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
		return (definition != null) ? definition.getType() : "";
	}

	private static Map<String, String> headers(FlowNode node) {
		ZeebeTaskHeaders headers = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
		if (headers == null) {
			return Map.of();
		}
		return headers.getHeaders().stream().collect(Collectors.toMap(ZeebeHeader::getKey, ZeebeHeader::getValue));
	}

	private static Set<String> localVariables(FlowNode node) {
		ZeebeIoMapping mapping = node.getSingleExtensionElement(ZeebeIoMapping.class);
		if (mapping == null) {
			return Set.of();
		}
		return mapping.getInputs().stream().map(ZeebeInput::getTarget).collect(Collectors.toSet());
	}

	private static List<FlowNode> nextSkippingGateways(FlowNode node) {
		List<FlowNode> next = new ArrayList<>();
		for (SequenceFlow flow : node.getOutgoing()) {
			FlowNode target = flow.getTarget();
			if (target instanceof Gateway) {
				next.addAll(nextSkippingGateways(target));
			}
			else {
				next.add(target);
			}
		}
		return next;
	}

}
