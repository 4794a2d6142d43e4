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

/** Evaluates {@code unit-auto-verification.dmn} through the engine, one case per rule. */
@ZeebeProcessTest
class UnitAutoVerificationDecisionTest {

	private static final String MANUAL_REVIEW = "R3 需人工审核 / Manual review required";

	private static final ObjectMapper JSON = new ObjectMapper();

	private ZeebeClient client;

	@BeforeEach
	void deployDecision() {
		this.client.newDeployResourceCommand()
			.addResourceFromClasspath("models/unit-auto-verification.dmn")
			.send()
			.join();
	}

	@Test
	void enterpriseWithVerifiedCodeIsApprovedAutomatically() throws Exception {
		JsonNode result = evaluate("ENTERPRISE", true);

		assertThat(result.get("autoApprove").asBoolean()).isTrue();
		assertThat(result.get("rule").asText()).isEqualTo("R1 企业信用代码核验通过 / Enterprise, credit code verified");
	}

	@Test
	void publicInstitutionWithVerifiedCodeIsApprovedAutomatically() throws Exception {
		JsonNode result = evaluate("PUBLIC_INSTITUTION", true);

		assertThat(result.get("autoApprove").asBoolean()).isTrue();
		assertThat(result.get("rule").asText()).isEqualTo("R2 事业单位信用代码核验通过 / Public institution, credit code verified");
	}

	@ParameterizedTest(name = "{0}, credit code verified: {1}")
	@CsvSource({ "ENTERPRISE, false", "PUBLIC_INSTITUTION, false", "SOCIAL_ORGANISATION, true",
			"SOCIAL_ORGANISATION, false", "GOVERNMENT, true", "OTHER, true" })
	void everyOtherUnitNeedsManualReview(String unitCategory, boolean creditVerified) throws Exception {
		JsonNode result = evaluate(unitCategory, creditVerified);

		assertThat(result.get("autoApprove").asBoolean()).isFalse();
		assertThat(result.get("rule").asText()).isEqualTo(MANUAL_REVIEW);
	}

	@Test
	void unitWithoutVerificationResultNeedsManualReview() throws Exception {
		JsonNode result = evaluate("ENTERPRISE", null);

		assertThat(result.get("autoApprove").asBoolean()).isFalse();
		assertThat(result.get("rule").asText()).isEqualTo(MANUAL_REVIEW);
	}

	@Test
	void unitWithoutCategoryNeedsManualReview() throws Exception {
		JsonNode result = evaluate(null, true);

		assertThat(result.get("autoApprove").asBoolean()).isFalse();
		assertThat(result.get("rule").asText()).isEqualTo(MANUAL_REVIEW);
	}

	private JsonNode evaluate(String unitCategory, Boolean creditVerified) throws Exception {
		Map<String, Object> variables = new HashMap<>();
		variables.put("unitCategory", unitCategory);
		variables.put("creditVerified", creditVerified);
		EvaluateDecisionResponse response = this.client.newEvaluateDecisionCommand()
			.decisionId("unit-auto-verification")
			.variables(variables)
			.send()
			.join();
		assertThat(response.getFailureMessage()).isNullOrEmpty();
		assertThat(response.getDecisionName()).isEqualTo("单位无感审核 / Automatic unit verification");
		return JSON.readTree(response.getDecisionOutput());
	}

}
