package org.fairflow.portal.unit;

import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.org.ReviewChain;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A returned unit corrects its data (also credit code, category, licence) and resubmits;
 * review starts again.
 */
@Service
class UnitEditing {

	private final UnitRepository units;

	private final UnitLicenceRepository licences;

	private final Organisations organisations;

	private final HumanTasks tasks;

	private final Cases cases;

	private final Accounts accounts;

	UnitEditing(UnitRepository units, UnitLicenceRepository licences, Organisations organisations, HumanTasks tasks,
			Cases cases, Accounts accounts) {
		this.accounts = accounts;
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

	/**
	 * Stores the returned unit's corrections and completes its resubmit step, all or
	 * nothing: any refusal (frozen, code taken, engine away) leaves the unit, its
	 * licence, its login and its case as they were. A corrected credit code renames the
	 * login (the code is the login); {@code licence} is null when the unit keeps its
	 * image.
	 * @return whether the login changed
	 * @throws RegistrationException when the code does not fit the category or is taken
	 */
	@Transactional(rollbackFor = Exception.class)
	boolean resubmit(PortalUser user, ResubmissionForm form, LicenceImage licence) {
		Unit unit = mine(user).orElseThrow();
		if (!unit.getStatus().editable()) {
			throw new DecisionException("unit.frozen");
		}
		ReviewChain chain = this.organisations.reviewChain(form.getOrganisationId())
			.orElseThrow(() -> new DecisionException("unit.organisation.required"));
		HumanTask task = this.tasks.openTaskFor(unit.getCaseId(), user)
			.orElseThrow(() -> new DecisionException("task.engineResuming"));
		boolean renamed = recode(unit, CreditCode.normalise(form.getCreditCode()), form.getCategory());
		unit.update(form);
		this.units.saveAndFlush(unit);
		if (licence != null) {
			this.licences.findById(unit.getId()).orElseThrow().replace(licence);
			this.licences.flush();
		}
		this.cases.changeScope(unit.getCaseId(), unit.getOrganisationId());
		this.cases.changeTitle(unit.getCaseId(), unit.getNameZh(), unit.getNameEn());
		Map<String, Object> vars = new java.util.HashMap<>(UnitRegistration.variables(unit, chain));
		vars.put("round", task.getRound() + 1);
		this.tasks.completeAsApplicant(unit.getCaseId(), user, "resubmit", vars);
		return renamed;
	}

	/** Checks a corrected code as registration does; the login follows it. */
	private boolean recode(Unit unit, String code, UnitCategory category) {
		if (UnitCategory.ofCreditCode(code) != category) {
			throw new RegistrationException("unit.category.mismatchCode");
		}
		String old = unit.getCreditCode();
		if (code.equals(old)) {
			unit.recode(code, category);
			return false;
		}
		this.units.findByCreditCode(code).ifPresent((other) -> {
			throw new RegistrationException(
					(other.getStatus() == UnitStatus.REJECTED) ? "unit.creditCode.rejected" : "unit.creditCode.taken");
		});
		if (this.accounts.exists(code)) {
			throw new RegistrationException("unit.creditCode.taken");
		}
		unit.recode(code, category);
		this.accounts.rename(old, code);
		return true;
	}

}
