package org.fairflow.portal.unit;

import java.util.HashMap;
import java.util.Map;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.fair.FairSettings;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.org.ReviewChain;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.Role;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a unit: the unit, its licence, its account (the credit code is the login) and
 * its review case, all or nothing.
 */
@Service
public class UnitRegistration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UnitRegistration.class);

	static final String FLOW = "unit-review";

	private final UnitRepository units;

	private final UnitLicenceRepository licences;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Cases cases;

	private final TransactionTemplate transactions;

	private final FairSettings settings;

	UnitRegistration(UnitRepository units, UnitLicenceRepository licences, Accounts accounts,
			Organisations organisations, Cases cases, PlatformTransactionManager transactionManager,
			FairSettings settings) {
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.units = units;
		this.licences = licences;
		this.accounts = accounts;
		this.organisations = organisations;
		this.cases = cases;
	}

	/**
	 * Registers a valid form; returns the new unit's id. Two registrations of one code at
	 * the same time can both pass the look-up; the unique index then lets one in and the
	 * other fails when it writes or commits: it is told the code is taken, as if it had
	 * come second, and nothing of it is stored.
	 */
	public Long register(RegistrationForm form, LicenceImage licence) {
		return register(form, licence, Language.CHINESE);
	}

	/**
	 * Registers a unit whose contact reads {@code language}: its SMS and e-mails come in
	 * it.
	 */
	public Long register(RegistrationForm form, LicenceImage licence, String language) {
		String code = CreditCode.normalise(form.getCreditCode());
		if (UnitCategory.ofCreditCode(code) != form.getCategory()) {
			throw new RegistrationException("unit.category.mismatchCode");
		}
		try {
			return this.transactions.execute((status) -> store(form, licence, code, language));
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Registration of a credit code registered at the same moment refused: {}",
					ex.getMostSpecificCause().getMessage());
			refuseIfTaken(code);
			if (this.accounts.exists(code)) {
				throw new RegistrationException("unit.creditCode.taken");
			}
			throw ex;
		}
	}

	private Long store(RegistrationForm form, LicenceImage licence, String code, String language) {
		refuseIfTaken(code);
		if (this.accounts.exists(code)) {
			throw new RegistrationException("unit.creditCode.taken");
		}
		// A deactivated organisation still has a review chain (for its units' cases) but
		// takes nobody new.
		ReviewChain chain = this.organisations.reviewChain(form.getOrganisationId())
			.filter((c) -> this.organisations.joinable(form.getOrganisationId()))
			.orElseThrow(() -> new RegistrationException("unit.organisation.required"));
		Unit unit = new Unit(code, form.getCategory(), this.settings.current().edition());
		unit.update(form);
		unit.language(language);
		this.units.saveAndFlush(unit);
		this.licences.save(new UnitLicence(unit.getId(), licence));
		this.accounts.create(code, form.getPassword(), Role.APPLICANT, unit.getNameZh(), null, unit.getId());
		try {
			CaseRecord record = this.cases.open(new NewCase(FLOW, unit.getId().toString(), unit.getNameZh(),
					unit.getNameEn(), applicantGroup(unit), unit.getOrganisationId(), UnitStatus.SUBMITTED.name(),
					unit.getNameZh(), variables(unit, chain)));
			unit.caseId(record.getId());
		}
		catch (EngineException ex) {
			log.warn("Registration of a unit not stored: the engine refused to start its case: {}", ex.getMessage());
			throw new RegistrationException("engine.unavailable");
		}
		return unit.getId();
	}

	private void refuseIfTaken(String code) {
		this.units.findByCreditCode(code).ifPresent((existing) -> {
			throw new RegistrationException((existing.getStatus() == UnitStatus.REJECTED) ? "unit.creditCode.rejected"
					: "unit.creditCode.taken");
		});
	}

	static String applicantGroup(Unit unit) {
		return "unit:" + unit.getId();
	}

	/** The process variables describing a unit (see docs/ARCHITECTURE.md). */
	static Map<String, Object> variables(Unit unit, ReviewChain chain) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("unitId", unit.getId());
		vars.put("unitName", unit.getNameZh());
		vars.put("unitNameEn", unit.getNameEn());
		vars.put("creditCode", unit.getCreditCode());
		vars.put("unitCategory", unit.getCategory().name());
		vars.put("contactName", unit.getContactName());
		vars.put("contactMobile", unit.contactMobileE164());
		vars.put("contactEmail", unit.getContactEmail());
		vars.put("applicantGroup", applicantGroup(unit));
		vars.put("language", unit.getLanguage());
		vars.putAll(reviewVariables(chain));
		return vars;
	}

	static Map<String, Object> reviewVariables(ReviewChain chain) {
		Map<String, Object> vars = new HashMap<>();
		Organisation first = chain.first();
		vars.put("firstReviewGroup", chain.firstGroup());
		vars.put("firstReviewOrgName", (first != null) ? first.getNameZh() : null);
		vars.put("firstReviewOrgNameEn", (first != null) ? Language.english(first) : null);
		vars.put("secondReviewGroup", chain.secondGroup());
		vars.put("secondReviewOrgName", chain.second().getNameZh());
		vars.put("secondReviewOrgNameEn", Language.english(chain.second()));
		return vars;
	}

}
