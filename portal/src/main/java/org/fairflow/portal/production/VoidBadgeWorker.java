package org.fairflow.portal.production;

import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * {@code void-badge}: before an upgraded badge is printed, the old one stops being valid.
 * Idempotent: voiding a void badge, or a case without a badge, changes nothing.
 */
@Component
class VoidBadgeWorker implements Worker {

	private final BadgeProduction production;

	VoidBadgeWorker(BadgeProduction production) {
		this.production = production;
	}

	@Override
	public String jobType() {
		return "void-badge";
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Map<String, Object> vars = job.getVariablesAsMap();
		Object caseId = vars.get("caseId");
		if (caseId == null) {
			throw new IllegalArgumentException("void-badge needs caseId");
		}
		Object badgeId = vars.get("badgeId");
		this.production.voidBadges(caseId.toString(), (badgeId != null) ? badgeId.toString() : null);
		return Map.of();
	}

}
