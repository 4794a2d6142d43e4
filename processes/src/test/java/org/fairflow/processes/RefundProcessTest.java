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
			.containsEntry("commentFrom", "refusalReason");
		assertThat(refused.getVariablesAsMap().get("refusalReason").toString()).startsWith("张三：")
			.contains("因个人原因申请的退款不予办理");
		assertThat(refused.getVariablesAsMap().get("refusalReasonEn").toString()).startsWith("张三: ")
			.contains("Refunds for the visitor's own reasons are not granted");
		assertThat(this.driver.activate(JobDriver.USER_TASK)).as("no finance task").isEmpty();
		assertThat(this.driver.closeCaseJobs()).hasSize(1);
		BpmnAssert.assertThat(instance).hasPassedElement("End_Refused").isCompleted().hasNoIncidents();
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
