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
import static org.fairflow.processes.JobDriver.IDLE_TIMEOUT;
import static org.fairflow.processes.JobDriver.elementIds;

/**
 * Drives {@code invoice-request.bpmn} through both paths of its contract
 * (docs/ARCHITECTURE.md): the invoice is issued, or the request is refused by the BPMN
 * error {@code INVOICE_REQUEST_INVALID}.
 */
@ZeebeProcessTest
class InvoiceRequestProcessTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

	private JobDriver driver;

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	@BeforeEach
	void deployModel() {
		this.driver = new JobDriver(this.client, this.engine, "invoice-request-test",
				InvoiceRequestProcessTest::assertNotificationTexts);
		this.client.newDeployResourceCommand().addResourceFromClasspath("models/invoice-request.bpmn").send().join();
	}

	@Test
	void anIssuedInvoiceIsMarkedAndSentToTheRequestsMailboxNamingNumberAndTotal() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("invoice-request", start());
		List<ActivatedJob> requested = this.driver.completeServiceJobs();
		assertThat(elementIds(requested)).containsExactly("Task_MarkRequested");
		assertThat(requested.get(0).getCustomHeaders()).containsEntry("status", "INVOICE_REQUESTED")
			.containsEntry("event", "INVOICE_REQUESTED");
		ActivatedJob issue = this.driver.activateSingle("issue-invoice");
		assertThat(issue.getVariablesAsMap()).containsEntry("orderRef", "order-17").containsKey("invoiceRequest");

		this.driver.complete(issue, issued());
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkIssued", "Task_SmsIssued", "Task_EmailIssued");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "INVOICE_ISSUED")
			.containsEntry("event", "INVOICE_ISSUED");
		ActivatedJob email = jobs.get(2);
		assertThat(email.getCustomHeaders()).containsEntry("recipient", "invoiceEmail");
		for (ActivatedJob notice : jobs.subList(1, 3)) {
			for (String header : List.of("template", "template_en")) {
				assertThat(render(notice, header)).as("%s of %s", header, notice.getElementId())
					.contains("24442000000012345678")
					.contains("360.00")
					.doesNotContain("${");
			}
		}
		assertThat(render(email, "subject")).contains("24442000000012345678");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance).hasPassedElement("End_Issued").isCompleted().hasNoIncidents();
	}

	@Test
	void anInvalidRequestIsRefusedWithTheProblemsAsStatusComment() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("invoice-request", start());
		this.driver.completeServiceJobs();
		ActivatedJob issue = this.driver.activateSingle("issue-invoice");

		this.client.newThrowErrorCommand(issue.getKey())
			.errorCode("INVOICE_REQUEST_INVALID")
			.errorMessage("invoice.taxNumber.required,invoice.title.required")
			.variables(Map.of("errorMessage", "invoice.taxNumber.required,invoice.title.required"))
			.send()
			.join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRefused", "Task_SmsRefused", "Task_EmailRefused");
		assertThat(jobs.get(0).getCustomHeaders()).containsEntry("status", "INVOICE_REFUSED")
			.containsEntry("event", "INVOICE_REFUSED")
			.containsEntry("commentFrom", "invoiceProblems");
		assertThat(jobs.get(0).getVariablesAsMap()).containsEntry("invoiceProblems",
				"invoice.taxNumber.required,invoice.title.required");
		assertThat(render(jobs.get(1), "template")).as("message keys are for the portal, not the SMS")
			.doesNotContain("invoice.taxNumber");
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance).hasPassedElement("End_Refused").isCompleted().hasNoIncidents();
	}

	@Test
	void anInvalidRequestWithoutItsProblemsIsStillRefusedNotAnIncident() throws Exception {
		ProcessInstanceEvent instance = this.driver.start("invoice-request", start());
		this.driver.completeServiceJobs();
		ActivatedJob issue = this.driver.activateSingle("issue-invoice");

		this.client.newThrowErrorCommand(issue.getKey()).errorCode("INVOICE_REQUEST_INVALID").send().join();
		this.engine.waitForIdleState(IDLE_TIMEOUT);
		List<ActivatedJob> jobs = this.driver.completeServiceJobs();

		assertThat(elementIds(jobs)).containsExactly("Task_MarkRefused", "Task_SmsRefused", "Task_EmailRefused");
		BpmnAssert.assertThat(instance).hasPassedElement("End_Refused").isCompleted().hasNoIncidents();
	}

	private static Map<String, Object> issued() {
		Map<String, Object> vars = new HashMap<>();
		vars.put("invoiceNumber", "24442000000012345678");
		vars.put("invoiceIssueDate", "2026-12-03");
		vars.put("invoiceAmountWithoutTax", "339.62");
		vars.put("invoiceTaxAmount", "20.38");
		vars.put("invoiceTotal", "360.00");
		vars.put("invoiceVerificationCode", "12345");
		return vars;
	}

	private static Map<String, Object> start() {
		Map<String, Object> request = new HashMap<>();
		request.put("kind", "ORDINARY");
		request.put("buyerKind", "UNIT");
		request.put("title", "测试单位");
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", "case-invoice-1");
		vars.put("round", 1);
		vars.put("orderId", 17);
		vars.put("orderRef", "order-17");
		vars.put("unitId", 42);
		vars.put("unitName", "测试单位");
		vars.put("unitNameEn", "Test Unit");
		vars.put("language", "zh");
		vars.put("contactMobile", "+8613912345678");
		vars.put("contactEmail", "contact@example.com");
		vars.put("invoiceEmail", "accounts@example.com");
		vars.put("amount", "360.00");
		vars.put("invoiceRequest", request);
		return vars;
	}

	/** The header's text with the job's variables filled in, as the send workers do. */
	static String render(ActivatedJob job, String header) {
		String text = job.getCustomHeaders().get(header);
		assertThat(text).as("%s of %s", header, job.getElementId()).isNotBlank();
		Map<String, Object> variables = job.getVariablesAsMap();
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			Object value = variables.get(matcher.group(1));
			matcher.appendReplacement(rendered,
					Matcher.quoteReplacement((value != null) ? value.toString() : matcher.group()));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}

	private static void assertNotificationTexts(ActivatedJob job) {
		Map<String, String> headers = job.getCustomHeaders();
		List<String> texts = job.getType().equals("send-email")
				? List.of("subject", "template", "subject_en", "template_en") : List.of("template", "template_en");
		for (String header : texts) {
			assertThat(render(job, header)).as("%s of %s", header, job.getElementId()).doesNotContain("${");
		}
		String recipient = headers.getOrDefault("recipient",
				job.getType().equals("send-sms") ? "contactMobile" : "contactEmail");
		assertThat(job.getVariablesAsMap()).containsKeys("caseId", "round", recipient);
	}

}
