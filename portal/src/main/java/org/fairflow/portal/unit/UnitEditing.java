package org.fairflow.portal.unit;

import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.org.ReviewChain;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A returned unit corrects its data and resubmits; review starts again. */
@Service
class UnitEditing {

	private final UnitRepository units;

	private final UnitLicenceRepository licences;

	private final Organisations organisations;

	private final HumanTasks tasks;

	private final Cases cases;

	UnitEditing(UnitRepository units, UnitLicenceRepository licences, Organisations organisations, HumanTasks tasks,
			Cases cases) {
		this.units = units;
		this.licences = licences;
		this.organisations = organisations;
		this.tasks = tasks;
		this.cases = cases;
	}

	@Transactional(readOnly = true)
	Optional<Unit> mine(PortalUser user) {
		return (user.unitId() == null) ? Optional.empty() : this.units.findById(user.unitId());
	}

	/**
	 * Licence bytes for whoever may see the unit: the unit itself or a reviewer above it.
	 */
	@Transactional(readOnly = true)
	Optional<UnitLicence> licence(long unitId, PortalUser user) {
		return this.units.findById(unitId)
			.filter((unit) -> maySee(unit, user))
			.flatMap((unit) -> this.licences.findById(unitId));
	}

	private boolean maySee(Unit unit, PortalUser user) {
		if (unit.getId().equals(user.unitId())) {
			return true;
		}
		return user.role().reviews()
				&& this.organisations.subtree(user.organisationId()).contains(unit.getOrganisationId());
	}

	@Transactional(rollbackFor = Exception.class)
	void resubmit(PortalUser user, UnitDetailsForm form) {
		Unit unit = mine(user).orElseThrow();
		if (!unit.getStatus().editable()) {
			throw new DecisionException("unit.frozen");
		}
		ReviewChain chain = this.organisations.reviewChain(form.getOrganisationId())
			.orElseThrow(() -> new DecisionException("unit.organisation.required"));
		HumanTask task = this.tasks.openTaskFor(unit.getCaseId(), user)
			.orElseThrow(() -> new DecisionException("task.engineResuming"));
		unit.update(form);
		this.units.saveAndFlush(unit);
		this.cases.changeScope(unit.getCaseId(), unit.getOrganisationId());
		this.cases.changeTitle(unit.getCaseId(), unit.getNameZh());
		Map<String, Object> vars = new java.util.HashMap<>(UnitRegistration.variables(unit, chain));
		vars.put("round", task.getRound() + 1);
		this.tasks.completeAsApplicant(unit.getCaseId(), user, "resubmit", vars);
	}

}
