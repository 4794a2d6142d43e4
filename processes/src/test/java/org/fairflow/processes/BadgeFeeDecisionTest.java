package org.fairflow.processes;

import java.util.HashMap;
import java.util.Map;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluates {@code badge-fee.dmn} through the engine, as the portal does at submission.
 */
@ZeebeProcessTest
class BadgeFeeDecisionTest {

	private ZeebeClient client;

	@BeforeEach
	void deployDecision() {
		this.client.newDeployResourceCommand().addResourceFromClasspath("models/badge-fee.dmn").send().join();
	}

	@ParameterizedTest(name = "{0} costs {1}")
	@CsvSource({ "VISITOR, 200", "STAFF, 0", "VIP, 0" })
	void everyBadgeTypeHasItsFee(String badgeType, String fee) {
		EvaluateDecisionResponse response = evaluate(badgeType);

		assertThat(response.getFailureMessage()).isNullOrEmpty();
		assertThat(response.getDecisionOutput()).isEqualTo(fee);
	}

	@Test
	void anUnknownBadgeTypeHasNoFeeSoThePortalRefusesIt() {
		EvaluateDecisionResponse response = evaluate("GUEST");

		assertThat(response.getDecisionOutput()).isEqualTo("null");
	}

	private EvaluateDecisionResponse evaluate(String badgeType) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("badgeType", badgeType);
		return this.client.newEvaluateDecisionCommand().decisionId("badge-fee").variables(variables).send().join();
	}

}
