package org.fairflow.portal.badge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.org.ReviewChain;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.QuotaException;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unified.UnifiedPayment;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.fairflow.portal.unit.UnitDirectory.UnitContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits drafts into the badge-review process: the quota is reserved and the fee decided
 * before the instance starts, in one transaction with it, so a refused start leaves the
 * draft and the quota as they were.
 */
@Service
public class BadgeApplications {

	static final String FLOW = "badge-review";

	private static final Logger log = LoggerFactory.getLogger(BadgeApplications.class);

	private final PersonRepository persons;

	private final UnitDirectory units;

	private final Organisations organisations;

	private final Quotas quotas;

	private final Cases cases;

	private final EngineGateway engine;

	private final UnifiedPayment unifiedPayment;

	private final TransactionTemplate transactions;

	BadgeApplications(PersonRepository persons, UnitDirectory units, Organisations organisations, Quotas quotas,
			Cases cases, EngineGateway engine, UnifiedPayment unifiedPayment, PlatformTransactionManager transactions) {
		this.persons = persons;
		this.units = units;
		this.organisations = organisations;
		this.quotas = quotas;
		this.cases = cases;
		this.engine = engine;
		this.unifiedPayment = unifiedPayment;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The quota ledger's key for a person. */
	static String quotaRef(Long personId) {
		return "person:" + personId;
	}

	/**
	 * Submits each draft on its own, so a person beyond quota does not hold back the
	 * others; the report names every person that was not submitted and why.
	 */
	public SubmitReport submit(Long unitId, Collection<Long> personIds, PortalUser actor) {
		if (personIds == null || personIds.isEmpty()) {
			throw new PersonException(null, "badge.submit.noneSelected");
		}
		List<SubmitReport.Refusal> refusals = new ArrayList<>();
		int submitted = 0;
		for (Long id : personIds.stream().distinct().toList()) {
			try {
				this.transactions.executeWithoutResult((status) -> submitOne(unitId, id, actor));
				submitted++;
			}
			catch (PersonNotFoundException ex) {
				refusals.add(new SubmitReport.Refusal(id, null, "badge.notFound", new Object[0]));
			}
			catch (PersonException ex) {
				refusals.add(new SubmitReport.Refusal(id, name(unitId, id), ex.getMessage(), new Object[0]));
			}
			catch (QuotaException ex) {
				refusals.add(new SubmitReport.Refusal(id, name(unitId, id), ex.messageKey(), ex.arguments()));
			}
			catch (EngineException ex) {
				log.warn("Person {} not submitted: the engine refused to start its case: {}", id, ex.getMessage());
				refusals.add(new SubmitReport.Refusal(id, name(unitId, id), "engine.unavailable", new Object[0]));
			}
		}
		log.info("Unit {} submitted {} of {} persons", unitId, submitted, personIds.size());
		return new SubmitReport(submitted, refusals);
	}

	private void submitOne(Long unitId, Long personId, PortalUser actor) {
		Person person = this.persons.lockByIdAndUnitId(personId, unitId).orElseThrow(PersonNotFoundException::new);
		if (person.getStatus() != PersonStatus.DRAFT) {
			throw new PersonException(null, "badge.submit.notDraft");
		}
		if (!person.isHasPhoto()) {
			throw new PersonException(null, "badge.submit.photoMissing");
		}
		RegisteredUnit unit = this.units.findById(unitId).orElseThrow(PersonNotFoundException::new);
		ReviewChain chain = this.organisations.reviewChain(unit.organisationId())
			.orElseThrow(() -> new IllegalStateException("Unit " + unitId + " has no delegation"));
		BigDecimal fee = fee(person.getBadgeType());
		if (person.getBadgeType().hasQuota()) {
			this.quotas.reserve(quotaRef(personId), person.getBadgeType(), unit.creditCode(), unit.organisationId());
		}
		boolean unified = fee.signum() > 0 && this.unifiedPayment.isOn(chain.second().getId());
		PersonStatus first = !(fee.signum() > 0) ? PersonStatus.AWAITING_REVIEW
				: unified ? PersonStatus.AWAITING_DELEGATION : PersonStatus.AWAITING_PAYMENT;
		CaseRecord record = this.cases.open(new NewCase(FLOW, personId.toString(), person.getNameZh(),
				person.getNameEn(), "unit:" + unitId, unit.organisationId(), first.name(), actor.displayName(),
				variables(person, unit, chain, fee, unified)));
		person.submitted(record.getId(), first);
	}

	private Map<String, Object> variables(Person person, RegisteredUnit unit, ReviewChain chain, BigDecimal fee,
			boolean unified) {
		Organisation delegation = chain.second();
		UnitContact contact = this.units.contact(unit.id()).orElseThrow();
		Map<String, Object> vars = new HashMap<>();
		vars.put("personId", person.getId().toString());
		vars.put("personName", printedName(person));
		vars.put("unitId", unit.id().toString());
		vars.put("unitName", unit.nameZh());
		vars.put("unitNameEn", unit.nameEn());
		vars.put("badgeType", person.getBadgeType().name());
		vars.put("fee", fee);
		vars.put("unifiedPayment", unified);
		vars.put("delegationGroup", delegation.reviewGroup());
		vars.put("organiserGroup", "org:" + delegation.getParentId());
		vars.put("financeGroup", "finance");
		vars.put("applicantGroup", "unit:" + unit.id());
		vars.put("contactName", contact.name());
		vars.put("contactMobile", contact.mobile());
		vars.put("contactEmail", contact.email());
		vars.put("language", contact.language());
		vars.put("entryFrom", person.getEntryFrom().toString());
		vars.put("entryTo", person.getEntryTo().toString());
		vars.put("reuse", person.isReuse());
		return vars;
	}

	static String printedName(Person person) {
		return (person.getNameEn() != null && !person.getNameEn().isBlank())
				? person.getNameZh() + " " + person.getNameEn() : person.getNameZh();
	}

	/** The fee from the process owner's DMN {@code badge-fee}. */
	private BigDecimal fee(BadgeType type) {
		String output = this.engine.evaluateDecision("badge-fee", Map.of("badgeType", type.name()));
		try {
			return new BigDecimal(output.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("Decision badge-fee has no fee for " + type + " (output " + output + ")");
		}
	}

	private String name(Long unitId, Long id) {
		return this.persons.findByIdAndUnitId(id, unitId).map(Person::getNameZh).orElse(null);
	}

	/**
	 * The outcome of a submission.
	 *
	 * @param refusals persons not submitted, each with a message key and its arguments
	 */
	public record SubmitReport(int submitted, List<Refusal> refusals) {

		public record Refusal(Long personId, String name, String messageKey,
				Object[] arguments) implements MessageSourceResolvable {

			@Override
			public String[] getCodes() {
				return new String[] { this.messageKey };
			}

			@Override
			public Object[] getArguments() {
				return this.arguments;
			}

		}

	}

}
