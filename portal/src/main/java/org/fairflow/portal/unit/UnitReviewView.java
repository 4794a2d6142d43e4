package org.fairflow.portal.unit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.EventDetail;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.org.ReviewChain;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.FlowView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The unit inside a review task, the reassignment decision, and the unit's status as the
 * process sets it.
 */
@Component
class UnitReviewView implements FlowView {

	/**
	 * Process variable: the name of the organisation a reassignment moved the unit to.
	 */
	static final String REASSIGNED_TO = "reassignedToOrgName";

	private final UnitRepository units;

	private final Organisations organisations;

	private final Cases cases;

	UnitReviewView(UnitRepository units, Organisations organisations, Cases cases) {
		this.units = units;
		this.organisations = organisations;
		this.cases = cases;
	}

	@Override
	public String flow() {
		return UnitRegistration.FLOW;
	}

	@Override
	public java.util.Set<String> formKeys() {
		return java.util.Set.of("unit-review");
	}

	@Override
	public String template() {
		return "unit/details";
	}

	@Override
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		this.units.findById(Long.valueOf(businessKey)).ifPresent((unit) -> {
			model.put("unit", unit);
			model.put("unitOrganisation", this.organisations.find(unit.getOrganisationId()).orElse(null));
			model.put("reassignTargets",
					this.organisations.joinable()
						.stream()
						.filter((o) -> !o.getId().equals(unit.getOrganisationId()))
						.toList());
		});
		return model;
	}

	@Override
	public Map<String, Object> onDecision(String caseId, String businessKey, int round, String decision,
			Map<String, String> parameters, PortalUser user) {
		if (!"reassign".equals(decision)) {
			return Map.of();
		}
		Unit unit = this.units.findById(Long.valueOf(businessKey)).orElseThrow();
		Long target = parse(parameters.get("targetOrganisationId"));
		if (target == null || target.equals(unit.getOrganisationId())) {
			throw new DecisionException("unit.reassign.target");
		}
		ReviewChain chain = this.organisations.reviewChain(target)
			.filter((c) -> this.organisations.joinable(target))
			.orElseThrow(() -> new DecisionException("unit.reassign.target"));
		unit.moveTo(target);
		this.cases.changeScope(caseId, target);
		Map<String, Object> vars = new HashMap<>(UnitRegistration.reviewVariables(chain));
		// The target reviews next: the SMS and e-mail name it, not its delegation.
		Organisation to = (chain.first() != null) ? chain.first() : chain.second();
		vars.put(REASSIGNED_TO, to.getNameZh());
		vars.put(REASSIGNED_TO + "En", Language.english(to));
		vars.put("round", round + 1);
		return vars;
	}

	/** The reassignment's history line names where the unit went. */
	@Override
	public EventDetail historyDetail(String decision, Map<String, Object> decisionVariables) {
		Object to = decisionVariables.get(REASSIGNED_TO);
		Object toEn = decisionVariables.get(REASSIGNED_TO + "En");
		return ("reassign".equals(decision) && to != null)
				? EventDetail.names(to.toString(), (toEn != null) ? toEn.toString() : null) : null;
	}

	@EventListener
	void statusChanged(CaseStatusChanged event) {
		if (UnitRegistration.FLOW.equals(event.flow())) {
			this.units.findById(Long.valueOf(event.businessKey()))
				.ifPresent((unit) -> unit.status(UnitStatus.valueOf(event.status())));
		}
	}

	private static Long parse(String value) {
		try {
			return (value == null) ? null : Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
