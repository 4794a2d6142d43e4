package org.fairflow.portal.badge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

import org.springframework.stereotype.Component;

/**
 * The fee of an upgrade, from the process owner's DMN {@code badge-upgrade-fee}: the
 * portal only gathers the facts (does the organiser keep a member list, is the unit on
 * it, did the organiser verify the person's student card), the rules and amounts live in
 * the model.
 */
@Component
class UpgradeFees {

	static final String DECISION = "badge-upgrade-fee";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final EngineGateway engine;

	private final MemberUnits members;

	private final StudentCards studentCards;

	UpgradeFees(EngineGateway engine, MemberUnits members, StudentCards studentCards) {
		this.engine = engine;
		this.members = members;
		this.studentCards = studentCards;
	}

	/**
	 * @param personId the person upgraded: a student card the organiser verified for it
	 * counts
	 */
	UpgradeFee of(RegisteredUnit unit, Long personId, BadgeType to) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("targetType", to.name());
		facts.put("memberListKept", this.members.listKept(unit.organisationId()));
		facts.put("memberUnit", this.members.isMember(unit.organisationId(), unit.nameZh(), unit.nameEn()));
		facts.put("studentCardVerified", personId != null && this.studentCards.verified(personId));
		String output = this.engine.evaluateDecision(DECISION, facts);
		try {
			JsonNode result = JSON.readTree(output);
			JsonNode fee = result.path("fee");
			if (!fee.isNumber()) {
				throw new IllegalStateException(
						"Decision " + DECISION + " has no fee for " + facts + " (output " + output + ")");
			}
			return new UpgradeFee(fee.decimalValue().setScale(2, RoundingMode.HALF_UP),
					result.path("reason").asText(""));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Decision " + DECISION + " answered " + output, ex);
		}
	}

	/**
	 * What an upgrade costs and the model's bilingual reason ("U4 … / …").
	 */
	record UpgradeFee(BigDecimal fee, String reason) {

		boolean free() {
			return this.fee.signum() == 0;
		}

	}

}
