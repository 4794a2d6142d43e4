package org.fairflow.portal.badge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.FlowView;
import org.fairflow.portal.unified.UnifiedCapException;
import org.fairflow.portal.unified.UnifiedPayment;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.web.RequestValues;

import org.springframework.stereotype.Component;

/**
 * A person inside the badge tasks: the delegation's unified-payment confirmation and the
 * organiser's decision on an unanswered security check. Document number and mobile stay
 * masked here too.
 */
@Component
class BadgeTaskView implements FlowView {

	private final PersonRepository persons;

	private final PersonPhotoRepository photos;

	private final UnitDirectory units;

	private final Organisations organisations;

	private final UnifiedPayment unifiedPayment;

	private final Cases cases;

	BadgeTaskView(PersonRepository persons, PersonPhotoRepository photos, UnitDirectory units,
			Organisations organisations, UnifiedPayment unifiedPayment, Cases cases) {
		this.cases = cases;
		this.persons = persons;
		this.photos = photos;
		this.units = units;
		this.organisations = organisations;
		this.unifiedPayment = unifiedPayment;
	}

	@Override
	public String flow() {
		return BadgeApplications.FLOW;
	}

	@Override
	public Set<String> formKeys() {
		return Set.of("badge-payment-confirmation", "badge-security-review");
	}

	@Override
	public String template() {
		return "badge/details";
	}

	@Override
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		RequestValues.id(businessKey).flatMap(this.persons::findById).ifPresent((person) -> {
			model.put("person", person);
			model.put("personUnit", this.units.findById(person.getUnitId()).orElse(null));
			delegationOf(person).ifPresent((delegationId) -> {
				model.put("capStatus", this.unifiedPayment.capStatus(delegationId, person.getUnitId()));
				model.put("decisionInputs", true);
			});
			// The fee the process was started with (the DMN's answer then), so the
			// delegation
			// sees what it agrees to pay before it confirms.
			fee(person).ifPresent((fee) -> {
				model.put("fees", List.of(new FeeLine(person.getBadgeType().messageKey(), 1, fee)));
				model.put("feeTotal", fee);
			});
			this.photos.findById(person.getId())
				.ifPresent((photo) -> model.put("personPhoto",
						"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photo.getContent())));
		});
		return model;
	}

	@Override
	public Map<String, Object> onDecision(String caseId, String businessKey, int round, String decision,
			Map<String, String> parameters, PortalUser user) {
		if (!"confirm".equals(decision)) {
			return Map.of();
		}
		Person person = RequestValues.id(businessKey)
			.flatMap(this.persons::findById)
			.orElseThrow(() -> new DecisionException("badge.notFound"));
		Long delegationId = delegationOf(person).orElseThrow(() -> new DecisionException("badge.notFound"));
		try {
			this.unifiedPayment.confirm(caseId, delegationId, person.getUnitId(),
					"true".equals(parameters.get("overrideCap")), user.getUsername());
		}
		catch (UnifiedCapException ex) {
			throw new DecisionException(ex.messageKey(), ex.arguments());
		}
		return Map.of();
	}

	private Optional<BigDecimal> fee(Person person) {
		if (person.getCaseId() == null) {
			return Optional.empty();
		}
		Object fee = this.cases.variables(person.getCaseId()).get("fee");
		try {
			return Optional.ofNullable(fee)
				.map((f) -> new BigDecimal(f.toString()).setScale(2, RoundingMode.HALF_UP))
				.filter((f) -> f.signum() > 0);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** One line of the fee table: what, how many, the amount in yuan. */
	record FeeLine(String typeKey, int count, BigDecimal amount) {

	}

	/** The delegation that may pay for the person: the top of its unit's review chain. */
	private Optional<Long> delegationOf(Person person) {
		return this.units.findById(person.getUnitId())
			.flatMap((unit) -> this.organisations.reviewChain(unit.organisationId()))
			.map((chain) -> chain.second().getId());
	}

}
