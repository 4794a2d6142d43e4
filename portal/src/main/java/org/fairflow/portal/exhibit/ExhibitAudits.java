package org.fairflow.portal.exhibit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.EngineReadyEvent;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit of items by the inviter's reviewers (谁邀请谁审核): one {@code exhibit-audit} case
 * per submission, recorded as an {@code exhibit_audit} row; the exhibitor's withdrawal
 * (stored first, then published, and published again after every engine start while the
 * case still waits); and the case's statuses handed to the kind's module as
 * {@link ExhibitAuditChanged}, in the status step's transaction.
 */
@Service
public class ExhibitAudits {

	public static final String FLOW = "exhibit-audit";

	public static final String FORM_KEY = "exhibit-audit";

	static final String MESSAGE = "exhibit-withdrawn";

	public static final int MAX_REASON = 500;

	private static final Logger log = LoggerFactory.getLogger(ExhibitAudits.class);

	private final ExhibitAuditRepository audits;

	private final Cases cases;

	private final HumanTasks tasks;

	private final UnitDirectory units;

	private final EngineGateway engine;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	ExhibitAudits(ExhibitAuditRepository audits, Cases cases, HumanTasks tasks, UnitDirectory units,
			EngineGateway engine, ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager) {
		this.audits = audits;
		this.cases = cases;
		this.tasks = tasks;
		this.units = units;
		this.engine = engine;
		this.publisher = publisher;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Opens the audit case of one revision, in the caller's transaction (the item's row
	 * changes with it or not at all).
	 * @return the case id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String open(ItemKind kind, long itemId, long revisionId, String itemName, Exhibitor exhibitor,
			String actor) {
		UnitDirectory.RegisteredUnit unit = this.units.findById(exhibitor.getUnitId())
			.orElseThrow(() -> new IllegalStateException("No unit " + exhibitor.getUnitId()));
		String language = this.units.contact(unit.id())
			.map((c) -> "en".equals(c.language()) ? "en" : "zh")
			.orElse("zh");
		Map<String, Object> vars = new HashMap<>();
		vars.put("itemKind", kind.name());
		vars.put("itemId", itemId);
		vars.put("revisionId", revisionId);
		vars.put("itemRef", kind.ref(itemId));
		vars.put("itemName", itemName);
		vars.put("kindZh", kind.nameZh());
		vars.put("kindEn", kind.nameEn());
		vars.put("exhibitorId", exhibitor.getId());
		vars.put("unitId", unit.id());
		vars.put("unitName", unit.nameZh());
		vars.put("unitNameEn", (unit.nameEn() == null || unit.nameEn().isBlank()) ? unit.nameZh() : unit.nameEn());
		vars.put("language", language);
		vars.put("applicantGroup", exhibitor.applicantGroup());
		vars.put("auditGroup", exhibitor.auditGroup());
		vars.put("contactMobile", exhibitor.getContactMobile());
		vars.put("contactEmail", exhibitor.getContactEmail());
		CaseRecord record = this.cases
			.open(new NewCase(FLOW, kind.auditKey(itemId, revisionId), itemName, null, exhibitor.applicantGroup(),
					exhibitor.getInviterOrgId(), ItemStatus.AWAITING_AUDIT.name(), actor, vars));
		this.audits.save(new ExhibitAudit(record.getId(), kind, itemId, exhibitor.getId(), revisionId, Instant.now()));
		log.info("Exhibitor {} submitted {} for audit (revision {}, case {})", exhibitor.getId(), kind.ref(itemId),
				revisionId, record.getId());
		return record.getId();
	}

	/**
	 * The exhibitor edited the item before any reviewer claimed it: the same case audits
	 * the new revision. Call with the item's row locked.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void revised(String caseId, long revisionId) {
		this.audits.lockById(caseId).ifPresent((audit) -> audit.revised(revisionId));
	}

	/**
	 * Whether a reviewer holds the case's audit task (claimed, not yet decided): the item
	 * is locked for the exhibitor meanwhile.
	 */
	@Transactional(readOnly = true)
	public boolean isClaimed(String caseId) {
		return caseId != null && this.tasks.forCase(caseId)
			.stream()
			.anyMatch((t) -> t.getStatus() == HumanTask.Status.OPEN && t.getClaimedBy() != null);
	}

	/**
	 * Stores the exhibitor's withdrawal of a waiting audit, then tells the engine. The
	 * caller checked the item is its exhibitor's and still awaits audit.
	 * @return whether the engine took the message now (else after its next start)
	 * @throws ExhibitRefusedException for a missing or long reason, or a case that no
	 * longer waits
	 */
	public boolean withdraw(String caseId, String reason, String actor) {
		String clean = (reason == null) ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new ExhibitRefusedException("reason", "exhibit.withdraw.reasonRequired");
		}
		if (clean.length() > MAX_REASON) {
			throw new ExhibitRefusedException("reason", "exhibit.withdraw.reasonSize", MAX_REASON);
		}
		ExhibitAudit audit = this.transactions.execute((tx) -> {
			ExhibitAudit locked = this.audits.lockById(caseId)
				.filter((a) -> ItemStatus.AWAITING_AUDIT.name().equals(a.getStatus()) && a.getWithdrawnAt() == null)
				.orElseThrow(() -> new ExhibitRefusedException(null, "exhibit.withdraw.notWithdrawable"));
			locked.withdraw(clean, Instant.now());
			this.cases.record(caseId, actor, null, "WITHDRAW_REQUESTED", null, clean, null);
			return locked;
		});
		log.info("{} withdrawn from its audit (case {})", audit.getKind().ref(audit.getItemId()), caseId);
		return publish(audit);
	}

	/** Withdrawals stored while the engine was down, or before it restarted. */
	@EventListener
	void engineReady(EngineReadyEvent ready) {
		for (ExhibitAudit audit : this.audits.withdrawalsNotSeen()) {
			log.info("Publishing the withdrawal of {} again (case {})", audit.getKind().ref(audit.getItemId()),
					audit.getCaseId());
			publish(audit);
		}
	}

	Optional<ExhibitAudit> find(String caseId) {
		return this.audits.findById(caseId);
	}

	@EventListener
	void statusChanged(CaseStatusChanged event) {
		if (!FLOW.equals(event.flow())) {
			return;
		}
		this.audits.lockById(event.caseId()).ifPresentOrElse((audit) -> {
			String comment = switch (event.status()) {
				case "REJECTED" -> text(this.cases.variables(event.caseId()).get("comment"));
				case "WITHDRAWN" -> audit.getWithdrawReason();
				default -> null;
			};
			audit.status(event.status());
			log.info("Audit case {} of {} is now {}", event.caseId(), audit.getKind().ref(audit.getItemId()),
					event.status());
			this.publisher.publishEvent(new ExhibitAuditChanged(audit.getKind(), audit.getItemId(),
					audit.subjectRevisionId(), event.caseId(), event.status(), comment));
		}, () -> log.warn("Audit case {} reported {} but no item is audited by it", event.caseId(), event.status()));
	}

	private static String text(Object value) {
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

	private boolean publish(ExhibitAudit audit) {
		try {
			this.engine.publishMessage(MESSAGE, audit.getCaseId(), Map.of("withdrawReason", audit.getWithdrawReason()));
			return true;
		}
		catch (EngineException ex) {
			log.warn("The engine did not take the withdrawal of case {} now ({}); it is published again after the"
					+ " next engine start", audit.getCaseId(), ex.getMessage());
			return false;
		}
	}

}
