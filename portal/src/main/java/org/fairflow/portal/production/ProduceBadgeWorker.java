package org.fairflow.portal.production;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.portal.badge.BadgeHolder;
import org.fairflow.portal.badge.BadgeHolders;
import org.fairflow.workers.job.Worker;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * {@code produce-badge}: prints the badge of a case's round and says where it goes.
 * Idempotent: the badge is keyed by {@code caseId/round}, a retry returns the same
 * {@code badgeId}. The delivery choice is read now, so a change the liaison made before
 * production counts. Bad variables are a model fault: the job fails and shows why.
 */
@Component
class ProduceBadgeWorker implements Worker {

	private static final Set<String> TYPES = Set.of("VISITOR", "STAFF", "VIP");

	private final BadgeProduction production;

	private final BadgeHolders holders;

	ProduceBadgeWorker(BadgeProduction production, BadgeHolders holders) {
		this.production = production;
		this.holders = holders;
	}

	@Override
	public String jobType() {
		return "produce-badge";
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		ProductionOrder order = order(job.getVariablesAsMap());
		ProducedBadge badge;
		try {
			badge = this.production.produce(order);
		}
		catch (DataIntegrityViolationException ex) {
			// A concurrent attempt of the same job stored it first: that one is the
			// badge.
			badge = this.production.find(order.caseId(), order.round()).orElseThrow(() -> ex);
		}
		BadgeHolders.DeliveryChoice delivery = this.holders.handOver(order.personId());
		Map<String, Object> result = new HashMap<>();
		result.put("badgeId", badge.getId());
		result.put("deliveryMethod", delivery.method());
		if (delivery.addressId() != null) {
			result.put("deliveryAddressId", String.valueOf(delivery.addressId()));
		}
		return result;
	}

	private ProductionOrder order(Map<String, Object> vars) {
		String caseId = text(vars, "caseId");
		if (caseId == null) {
			throw new IllegalArgumentException("produce-badge needs caseId");
		}
		Long personId = number(vars, "personId");
		if (personId == null) {
			throw new IllegalArgumentException("produce-badge needs personId (case " + caseId + ")");
		}
		BadgeHolder holder = this.holders.find(personId)
			.orElseThrow(() -> new IllegalStateException("No person " + personId + " for case " + caseId));
		String badgeType = textOr(vars, "badgeType", holder.badgeType());
		if (!TYPES.contains(badgeType)) {
			throw new IllegalArgumentException("Unknown badgeType " + badgeType + " (case " + caseId + ")");
		}
		LocalDate from = date(vars, "entryFrom", holder.entryFrom());
		LocalDate to = date(vars, "entryTo", holder.entryTo());
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("Bad entry dates " + from + ".." + to + " (case " + caseId + ")");
		}
		Long round = number(vars, "round");
		return new ProductionOrder(caseId, (round != null) ? round.intValue() : 1, personId, holder.unitId(),
				holder.nameZh(), holder.nameEn(), textOr(vars, "unitName", "-"), badgeType, holder.jobTitle(), from, to,
				Boolean.TRUE.equals(vars.get("reuse")));
	}

	private static String text(Map<String, Object> vars, String name) {
		Object value = vars.get(name);
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

	private static String textOr(Map<String, Object> vars, String name, String fallback) {
		String value = text(vars, name);
		return (value != null) ? value : fallback;
	}

	private static Long number(Map<String, Object> vars, String name) {
		Object value = vars.get(name);
		if (value instanceof Number n) {
			return n.longValue();
		}
		try {
			return (value == null) ? null : Long.valueOf(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " is not a number: " + value, ex);
		}
	}

	private static LocalDate date(Map<String, Object> vars, String name, LocalDate fallback) {
		String value = text(vars, name);
		try {
			return (value != null) ? LocalDate.parse(value) : fallback;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " is not an ISO date: " + value, ex);
		}
	}

}
