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
 * Evaluates {@code badge-upgrade-fee.dmn} through the engine, as the portal does before
 * an upgrade: one case per rule, and the first matching rule wins (hit policy FIRST).
 */
@ZeebeProcessTest
class BadgeUpgradeFeeDecisionTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ZeebeClient client;

	@BeforeEach
	void deployDecision() {
		this.client.newDeployResourceCommand().addResourceFromClasspath("models/badge-upgrade-fee.dmn").send().join();
	}

	@ParameterizedTest(name = "to {0}, member {1}, student {2}")
	@CsvSource({ "VIP, false, false", "VIP, true, true", "STAFF, false, false" })
	void withoutAMemberListEveryUpgradeIsFreeAsBefore(String targetType, boolean memberUnit,
			boolean studentCardVerified) throws Exception {
		JsonNode result = evaluate(false, targetType, memberUnit, studentCardVerified);

		assertThat(result.get("fee").decimalValue()).isZero();
		assertThat(result.get("reason").asText())
			.isEqualTo("U1 本展会不设会员单位，升级免费 / No member units at this fair, upgrade free");
	}

	@ParameterizedTest(name = "student card verified: {0}")
	@CsvSource({ "false", "true" })
	void aMemberUnitUpgradesToVipFree(boolean studentCardVerified) throws Exception {
		JsonNode result = evaluate(true, "VIP", true, studentCardVerified);

		assertThat(result.get("fee").decimalValue()).isZero();
		assertThat(result.get("reason").asText()).isEqualTo("U2 会员单位升级 VIP 免费 / Member unit, upgrade to VIP free");
	}

	@Test
	void aVerifiedStudentCardUpgradesToVipFree() throws Exception {
		JsonNode result = evaluate(true, "VIP", false, true);

		assertThat(result.get("fee").decimalValue()).isZero();
		assertThat(result.get("reason").asText())
			.isEqualTo("U3 学生证已核验，升级 VIP 免费 / Student card verified, upgrade to VIP free");
	}

	@Test
	void anyOtherUnitPays1000ForVip() throws Exception {
		JsonNode result = evaluate(true, "VIP", false, false);

		assertThat(result.get("fee").decimalValue()).isEqualByComparingTo("1000");
		assertThat(result.get("reason").asText())
			.isEqualTo("U4 非会员单位升级 VIP 收费 1000 元 / Not a member unit, upgrade to VIP costs 1000 yuan");
	}

	@Test
	void unknownMembershipOrStudentCardPays1000ForVip() throws Exception {
		JsonNode result = evaluate(true, "VIP", null, null);

		assertThat(result.get("fee").decimalValue()).isEqualByComparingTo("1000");
	}

	@ParameterizedTest(name = "member {0}")
	@CsvSource({ "false", "true" })
	void anUpgradeToStaffIsFree(boolean memberUnit) throws Exception {
		JsonNode result = evaluate(true, "STAFF", memberUnit, false);

		assertThat(result.get("fee").decimalValue()).isZero();
		assertThat(result.get("reason").asText()).isEqualTo("U5 其他升级免费 / Other upgrades free");
	}

	private JsonNode evaluate(Boolean memberListKept, String targetType, Boolean memberUnit,
			Boolean studentCardVerified) throws Exception {
		Map<String, Object> variables = new HashMap<>();
		variables.put("memberListKept", memberListKept);
		variables.put("targetType", targetType);
		variables.put("memberUnit", memberUnit);
		variables.put("studentCardVerified", studentCardVerified);
		EvaluateDecisionResponse response = this.client.newEvaluateDecisionCommand()
			.decisionId("badge-upgrade-fee")
			.variables(variables)
			.send()
			.join();
		assertThat(response.getFailureMessage()).isNullOrEmpty();
		return JSON.readTree(response.getDecisionOutput());
	}

}
