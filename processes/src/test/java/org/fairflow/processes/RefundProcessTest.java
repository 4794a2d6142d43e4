package org.fairflow.processes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import static org.fairflow.processes.JobDriver.IDLE_TIMEOUT;
import static org.fairflow.processes.JobDriver.candidateGroups;
import static org.fairflow.processes.JobDriver.elementIds;

/**
 * Drives {@code refund.bpmn} with the decision {@code refund-eligibility} through every
 * path of its contract (docs/ARCHITECTURE.md): refused by the rules, rejected by finance,
 * paid back online or by bank transfer, reversed first when invoiced, with the buyer's
 * confirmation or its 72-hour lapse.
 */
@ZeebeProcessTest
class RefundProcessTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	@BeforeEach
	void deployModels() {
		this.driver = new JobDriver(this.client, this.engine, "refund-test",
				RefundProcessTest::assertNotificationTexts);
		this.client.newDeployResourceCommand()
			.addResourceFromClasspath("models/refund.bpmn")
			.addResourceFromClasspath("models/refund-eligibility.dmn")
			.send()
			.join();
	}

	@Test
	void aRefundForTheVisitorsOwnReasonsIsRefusedWithTheReasonAsStatusComment() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund",
				start(line(1, "张三", "CANCELLED_BY_UNIT"), line(2, "李四", "ACTIVE")));

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRequested", "Task_MarkRefused", "Task_SmsRefused",
				"Task_EmailRefused");
		ActivatedJob refused = jobs.get(1);
		assertThat(refused.getCustomHeaders()).containsEntry("status", "REFUND_REFUSED")
			.containsEntry("event", "REFUND_REFUSED")
			.containsEntry("commentFrom", "refusalComment");
		assertThat(refused.getVariablesAsMap().get("refusalComment").toString()).startsWith("张三：")
			.contains(" / 张三: Refunds for the visitor's own reasons are not granted");
		assertThat(refused.getVariablesAsMap().get("refusalReason").toString()).startsWith("张三：")
			.contains("因个人原因申请的退款不予办理");
		assertThat(refused.getVariablesAsMap().get("refusalReasonEn").toString()).startsWith("张三: ")
			.contains("Refunds for the visitor's own reasons are not granted");
		assertThat(this.driver.activate(JobDriver.USER_TASK)).as("no finance task").isEmpty();
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Refused")
			.hasNotPassedElement("Task_FinanceReview")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void oneRefusingLineRefusesTheWholeRequestNamingItsPerson() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund",
				start(line(1, "张三", "REJECTED"), line(2, "李四", "CANCELLED_BY_UNIT")));

		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRequested", "Task_MarkRefused", "Task_SmsRefused",
				"Task_EmailRefused");
		assertThat(jobs.get(1).getVariablesAsMap().get("refusalReason").toString()).startsWith("李四：");
		assertThat(InvoiceRequestProcessTest.render(jobs.get(2), "template")).contains("李四：")
			.contains("因个人原因申请的退款不予办理");
		assertThat(InvoiceRequestProcessTest.render(jobs.get(2), "template_en")).contains("李四: ")
			.contains("Refunds for the visitor's own reasons are not granted");
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Refused")
			.hasNotPassedElement("Task_FinanceReview")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void refundableLinesGoToFinanceWithDecisionsAndDueDate() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund",
				start(line(1, "张三", "REJECTED"), line(2, "李四", "CANCELLED_BY_ORGANISER")));

		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkRequested");

		ActivatedJob review = this.driver.userTask("Task_FinanceReview");
		assertThat(candidateGroups(review)).containsExactly("finance");
		assertThat(review.getCustomHeaders()).containsEntry("decisions", "approve,reject")
			.containsEntry("commentRequiredFor", "reject")
			.containsEntry("io.camunda.zeebe:formKey", "refund-review")
			.containsKey("title_zh")
			.containsKey("title_en");
		assertThat(dueDate(review)).isEqualTo(dueAt(review, "refundReviewDue"))
			.isAfter(Instant.now().plus(Duration.ofDays(2)).minus(Duration.ofMinutes(5)));
		assertThat(review.getVariablesAsMap().get("eligibility")).asList().hasSize(2);
		assertThat(review.getVariablesAsMap()).as("only the collection reaches the case")
			.doesNotContainKeys("lineEligibility", "line");
		BpmnAssert.assertThat(instance).isWaitingAtElements("Task_FinanceReview");
	}

	@Test
	void financeRejectsWithACommentTheUnitIsTold() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund", start(line(1, "张三", "REJECTED")));
		this.driver.completeServiceJobs();

		this.driver.complete(this.driver.userTask("Task_FinanceReview"),
				Map.of("decision", "reject", "comment", "已在现场退款 refunded on site"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRejected", "Task_SmsRejected", "Task_EmailRejected");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "REFUND_REJECTED")
			.containsEntry("commentFrom", "comment");
		assertThat(InvoiceRequestProcessTest.render(jobs.get(1), "template")).contains("已在现场退款");
		assertThat(this.activateAll("pay-back")).isEmpty();
		BpmnAssert.assertThat(instance).hasPassedElement("End_Rejected").isCompleted().hasNoIncidents();
	}

	@Test
	void anUnexpectedDecisionCountsAsRejectionNotAnIncident() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund", start(line(1, "张三", "REJECTED")));
		this.driver.completeServiceJobs();

		this.driver.complete(this.driver.userTask("Task_FinanceReview"), Map.of("decision", "maybe", "comment", "?"));
		this.driver.completeServiceJobs();

		BpmnAssert.assertThat(instance).hasPassedElement("Task_MarkRejected").isCompleted().hasNoIncidents();
	}

	@Test
	void anApprovedOnlinePaymentWithoutInvoiceIsPaidBackAndRefunded() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund", start(line(1, "张三", "REJECTED")));
		approve();
		assertThat(this.activateAll("request-red-letter")).as("no reversal without an invoice").isEmpty();

		ActivatedJob payBack = this.driver.activateSingle("pay-back");
		assertThat(payBack.getVariablesAsMap()).containsEntry("refundId", 5);
		this.driver.complete(payBack, Map.of("paybackState", "PAID_BACK", "paybackReference", "refund-5"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRefunded", "Task_SmsRefunded", "Task_EmailRefunded");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "REFUNDED")
			.containsEntry("event", "REFUNDED");
		assertThat(InvoiceRequestProcessTest.render(jobs.get(1), "template")).contains("200.00元").contains("张三");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance).hasPassedElement("End_Refunded").isCompleted().hasNoIncidents();
	}

	@Test
	void aTransferIsRefundedByFinanceWhoRecordsItBeforeTheCaseIsRefunded() throws Exception {
		Map<String, Object> variables = start(line(1, "张三", "REJECTED"));
		variables.put("channel", "TRANSFER");
		ProcessInstanceEvent instance = this.driver.start("refund", variables);
		approve();
		this.driver.complete(this.driver.activateSingle("pay-back"), Map.of("paybackState", "BANK_REFUND_NEEDED"));
		assertThat(this.driver.completeServiceJobs()).as("not refunded before finance records it").isEmpty();

		ActivatedJob record = this.driver.userTask("Task_RecordBankRefund");
		assertThat(candidateGroups(record)).containsExactly("finance");
		assertThat(record.getCustomHeaders()).containsEntry("decisions", "recorded")
			.containsEntry("io.camunda.zeebe:formKey", "bank-refund")
			.containsKey("title_zh")
			.containsKey("title_en");
		assertThat(dueDate(record)).isEqualTo(dueAt(record, "bankRefundDue"))
			.isAfter(Instant.now().plus(Duration.ofDays(3)).minus(Duration.ofMinutes(5)));
		this.driver.complete(record, Map.of("decision", "recorded", "comment", "网银流水 20261203"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRefunded", "Task_SmsRefunded", "Task_EmailRefunded");
		BpmnAssert.assertThat(instance).hasPassedElement("End_Refunded").isCompleted().hasNoIncidents();
	}

	@Test
	void anUnbookedInvoiceIsReversedAtOnceThenTheMoneyIsPaidBack() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund", invoiced(line(1, "张三", "REJECTED")));
		approve();

		ActivatedJob request = this.driver.activateSingle("request-red-letter");
		assertThat(request.getVariablesAsMap()).containsEntry("orderRef", "order-17")
			.containsEntry("refundRef", "refund-5")
			.containsEntry("amount", "200.00")
			.containsEntry("invoiceNumber", "24442000000012345678");
		this.driver.complete(request, Map.of("redLetterState", "ISSUED", "redLetterNumber", "24442000000087654321",
				"redLetterConfirmationId", "RC-1"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkReversed", "Task_SmsReversed", "Task_EmailReversed");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "INVOICE_REVERSED")
			.containsEntry("event", "INVOICE_REVERSED");
		assertThat(InvoiceRequestProcessTest.render(jobs.get(1), "template")).contains("24442000000012345678")
			.contains("24442000000087654321");
		assertThat(this.activateAll("await-red-letter-confirmation")).isEmpty();
		this.driver.complete(this.driver.activateSingle("pay-back"), Map.of("paybackState", "PAID_BACK"));
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkRefunded",
				"Task_SmsRefunded", "Task_EmailRefunded");
		BpmnAssert.assertThat(instance).hasPassedElement("End_Refunded").isCompleted().hasNoIncidents();
	}

	@Test
	void aBookedInvoiceWaitsForTheBuyersConfirmationThenIsReversedAndPaidBack() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund", invoiced(line(1, "张三", "REJECTED")));
		approve();
		awaitBuyer();
		ActivatedJob await = this.driver.activateSingle("await-red-letter-confirmation");
		assertThat(await.getVariablesAsMap()).containsEntry("refundRef", "refund-5");
		this.driver.complete(await, Map.of());
		BpmnAssert.assertThat(instance).isWaitingAtElements("Gateway_BuyerAnswer");

		this.client.newPublishMessageCommand()
			.messageName("red-letter-confirmed")
			.correlationKey("case-refund-1")
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		ActivatedJob issue = this.driver.activateSingle("issue-red-letter");
		assertThat(issue.getVariablesAsMap()).containsEntry("refundRef", "refund-5");
		this.driver.complete(issue, Map.of("redLetterNumber", "24442000000087654321", "redLetterTotal", "-200.00"));

		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkReversed",
				"Task_SmsReversed", "Task_EmailReversed");
		this.driver.complete(this.driver.activateSingle("pay-back"), Map.of("paybackState", "PAID_BACK"));
		assertThat(elementIds(this.driver.completeServiceJobs())).containsExactly("Task_MarkRefunded",
				"Task_SmsRefunded", "Task_EmailRefunded");
		BpmnAssert.assertThat(instance).hasPassedElement("End_Refunded").isCompleted().hasNoIncidents();
	}

	@Test
	void without72HoursOfConfirmationTheReversalLapsesTellsUnitAndFinanceAndPaysNothing() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund", invoiced(line(1, "张三", "REJECTED")));
		approve();
		awaitBuyer();
		ActivatedJob await = this.driver.activateSingle("await-red-letter-confirmation");
		Instant due = dueAt(await, "redLetterConfirmationDue");
		assertThat(due).isAfter(Instant.now().plus(Duration.ofHours(72)).minus(Duration.ofMinutes(5)));
		this.driver.complete(await, Map.of());

		advance(Duration.ofHours(71));
		assertThat(this.driver.completeServiceJobs()).as("nothing lapses after 71 of 72 hours").isEmpty();
		advance(Duration.ofHours(2));
		List<ActivatedJob> jobs = awaitServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkLapsed", "Task_SmsLapsed", "Task_EmailLapsed",
				"Task_EmailFinanceLapsed");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "REVERSAL_LAPSED")
			.containsEntry("event", "REVERSAL_LAPSED");
		assertThat(jobs.get(3).getCustomHeaders()).containsEntry("recipient", "financeEmail");
		assertThat(InvoiceRequestProcessTest.render(jobs.get(3), "template")).contains("refund-5")
			.contains("24442000000012345678");
		assertThat(this.activateAll("pay-back")).as("no pay-back after a lapse").isEmpty();
		assertThat(this.activateAll("issue-red-letter")).isEmpty();
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Lapsed")
			.hasNotPassedElement("Task_PayBack")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void aConfirmationThePlatformHadAlreadyVoidedLapsesLikeTheTimer() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("refund", invoiced(line(1, "张三", "REJECTED")));
		approve();
		awaitBuyer();
		this.driver.complete(this.driver.activateSingle("await-red-letter-confirmation"), Map.of());
		this.client.newPublishMessageCommand()
			.messageName("red-letter-confirmed")
			.correlationKey("case-refund-1")
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);

		this.client.newThrowErrorCommand(this.driver.activateSingle("issue-red-letter").getKey())
			.errorCode("RED_LETTER_LAPSED")
			.errorMessage("LAPSED: the confirmation lapsed")
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkLapsed", "Task_SmsLapsed", "Task_EmailLapsed",
				"Task_EmailFinanceLapsed");
		assertThat(this.activateAll("pay-back")).isEmpty();
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Lapsed")
			.hasNotPassedElement("Task_PayBack")
			.isCompleted()
			.hasNoIncidents();
	}

	@Test
	void aLapseWithoutFinanceMailboxEndsWithoutTheFinanceMail() throws Exception {
		Map<String, Object> variables = invoiced(line(1, "张三", "REJECTED"));
		variables.remove("financeEmail");
		ProcessInstanceEvent instance = this.driver.start("refund", variables);
		approve();
		awaitBuyer();
		this.driver.complete(this.driver.activateSingle("await-red-letter-confirmation"), Map.of());

		advance(Duration.ofHours(73));
		List<ActivatedJob> jobs = awaitServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkLapsed", "Task_SmsLapsed", "Task_EmailLapsed");
		BpmnAssert.assertThat(instance)
			.hasPassedElement("End_Lapsed")
			.hasNotPassedElement("Task_PayBack")
			.isCompleted()
			.hasNoIncidents();
	}

	/** Approves the single refundable line's request and completes the status job. */
	private void approve() throws Exception {
		this.driver.completeServiceJobs();
		this.driver.complete(this.driver.userTask("Task_FinanceReview"), Map.of("decision", "approve", "comment", ""));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();
		assertThat(elementIds(jobs)).containsExactly("Task_MarkApproved");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "REFUND_APPROVED")
			.containsEntry("event", "REFUND_APPROVED");
	}

	/** The platform opens a red-letter confirmation: the unit is asked to confirm. */
	private void awaitBuyer() throws Exception {
		this.driver.complete(this.driver.activateSingle("request-red-letter"),
				Map.of("redLetterState", "AWAITING_BUYER", "redLetterConfirmationId", "RC-1"));
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();
		assertThat(elementIds(jobs)).containsExactly("Task_MarkAwaitingBuyer", "Task_SmsAwaitingBuyer",
				"Task_EmailAwaitingBuyer");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "REVERSAL_AWAITING_BUYER");
		assertThat(InvoiceRequestProcessTest.render(jobs.get(2), "template")).contains("24442000000012345678")
			.contains("RC-1")
			.contains("72");
	}

	private List<ActivatedJob> activateAll(String type) {
		return this.driver.activate(type);
	}

	private void advance(Duration duration) throws Exception {
		this.engine.increaseTime(duration);
		this.engine.waitForIdleState(IDLE_TIMEOUT);
	}

	/**
	 * A timer just due is triggered by the engine's next due-date check, which can come
	 * just after the engine reports idle: waits for its first job, then completes the
	 * rest.
	 */
	private List<ActivatedJob> awaitServiceJobs() throws Exception {
		long deadline = System.nanoTime() + IDLE_TIMEOUT.toNanos();
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();
		while (jobs.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			jobs = this.driver.completeServiceJobs();
		}
		return jobs;
	}

	@SuppressWarnings("unchecked")
	static Instant dueAt(ActivatedJob job, String variable) {
		Map<String, Object> due = (Map<String, Object>) job.getVariablesAsMap().get(variable);
		assertThat(due).as("%s of %s", variable, job.getElementId()).containsKeys("round", "at");
		return OffsetDateTime.parse(due.get("at").toString()).toInstant();
	}

	private static Instant dueDate(ActivatedJob task) {
		String due = task.getCustomHeaders().get("io.camunda.zeebe:dueDate");
		assertThat(due).as("due date of %s", task.getElementId()).isNotNull();
		return OffsetDateTime.parse(due).toInstant();
	}

	@SafeVarargs
	static Map<String, Object> invoiced(Map<String, Object>... lines) {
		Map<String, Object> vars = start(lines);
		vars.put("invoiced", true);
		vars.put("invoiceNumber", "24442000000012345678");
		return vars;
	}

	static Map<String, Object> line(long itemId, String personName, String endedAs) {
		Map<String, Object> line = new HashMap<>();
		line.put("itemId", itemId);
		line.put("personName", personName);
		line.put("amount", "200.00");
		line.put("endedAs", endedAs);
		return line;
	}

	@SafeVarargs
	static Map<String, Object> start(Map<String, Object>... lines) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", "case-refund-1");
		vars.put("round", 1);
		vars.put("refundId", 5);
		vars.put("refundRef", "refund-5");
		vars.put("orderId", 17);
		vars.put("orderRef", "order-17");
		vars.put("unitId", 42);
		vars.put("unitName", "测试单位");
		vars.put("unitNameEn", "Test Unit");
		vars.put("language", "zh");
		vars.put("contactMobile", "+8613912345678");
		vars.put("contactEmail", "contact@example.com");
		vars.put("financeGroup", "finance");
		vars.put("financeEmail", "finance@example.com");
		vars.put("amount", String.format("%d.00", 200 * lines.length));
		vars.put("channel", "ONLINE");
		vars.put("invoiced", false);
		vars.put("invoiceNumber", null);
		vars.put("personNames",
				String.join(",", List.of(lines).stream().map((l) -> l.get("personName").toString()).toList()));
		vars.put("refundLines", List.of(lines));
		return vars;
	}

	private static void assertNotificationTexts(ActivatedJob job) {
		Map<String, String> headers = job.getCustomHeaders();
		Map<String, Object> variables = job.getVariablesAsMap();
		for (String header : List.of("template", "template_en", "subject", "subject_en")) {
			String text = headers.get(header);
			if (header.startsWith("template") || job.getType().equals("send-email")) {
				assertThat(text).as("%s of %s", header, job.getElementId()).isNotBlank();
			}
			if (text == null) {
				continue;
			}
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				assertThat(variables.get(matcher.group(1)))
					.as("%s in %s of %s", matcher.group(1), header, job.getElementId())
					.isNotNull();
			}
		}
		String recipient = headers.getOrDefault("recipient",
				job.getType().equals("send-sms") ? "contactMobile" : "contactEmail");
		assertThat(variables).containsKeys("caseId", "round", recipient);
	}

}
