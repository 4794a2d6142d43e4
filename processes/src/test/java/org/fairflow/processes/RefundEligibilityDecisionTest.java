package org.fairflow.processes;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluates {@code refund-eligibility.dmn} through the engine for one refund line, as the
 * refund process does for each line: one case per rule, and the first matching rule wins
 * (hit policy FIRST). Only a badge rejected in review or cancelled by the organiser is
 * refunded (DOMAIN.md flow 5).
 */
@ZeebeProcessTest
class RefundEligibilityDecisionTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ZeebeClient client;

	@BeforeEach
	void deployDecision() {
		this.client.newDeployResourceCommand().addResourceFromClasspath("models/refund-eligibility.dmn").send().join();
	}

	@Test
	void aBadgeRejectedInReviewIsRefunded() throws Exception {
		JsonNode result = evaluate("REJECTED");

		assertThat(result.get("refundable").asBoolean()).isTrue();
		assertThat(result.get("reasonZh").asText()).isEqualTo("证件审核未通过，费用予以退还");
		assertThat(result.get("reasonEn").asText()).isEqualTo("The badge was rejected in review, the fee is refunded");
	}

	@Test
	void aBadgeCancelledByTheOrganiserIsRefunded() throws Exception {
		JsonNode result = evaluate("CANCELLED_BY_ORGANISER");

		assertThat(result.get("refundable").asBoolean()).isTrue();
		assertThat(result.get("reasonZh").asText()).isEqualTo("证件由组委会注销，费用予以退还");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "CANCELLED_BY_UNIT, 证件由单位自行注销, the unit cancelled the badge itself",
			"ACTIVE, 证件仍然有效, the badge is still valid", "EXPIRED, 无法识别证件的结束方式, not known" })
	void aRefundForTheVisitorsOwnReasonsIsRefusedNamingTheCase(String endedAs, String caseNamedZh, String caseNamedEn)
			throws Exception {
		JsonNode result = evaluate(endedAs);

		assertThat(result.get("refundable").asBoolean()).isFalse();
		assertThat(result.get("reasonZh").asText()).startsWith("因个人原因申请的退款不予办理").contains(caseNamedZh);
		assertThat(result.get("reasonEn").asText()).startsWith("Refunds for the visitor's own reasons are not granted")
			.contains(caseNamedEn);
	}

	@Test
	void aLineWithoutItsEndIsRefusedNotAFailure() throws Exception {
		JsonNode result = evaluate(null);

		assertThat(result.get("refundable").asBoolean()).isFalse();
		assertThat(result.get("reasonZh").asText()).contains("无法识别证件的结束方式");
	}

	private JsonNode evaluate(String endedAs) throws Exception {
		Map<String, Object> line = new HashMap<>();
		line.put("itemId", 1);
		line.put("personName", "张三");
		line.put("amount", "200.00");
		line.put("endedAs", endedAs);
		EvaluateDecisionResponse response = this.client.newEvaluateDecisionCommand()
			.decisionId("refund-eligibility")
			.variables(Map.of("line", line))
			.send()
			.join();
		assertThat(response.getFailureMessage()).isNullOrEmpty();
		return JSON.readTree(response.getDecisionOutput());
	}

}
