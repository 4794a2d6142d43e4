package org.fairflow.portal.exhibit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.unit.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's forced unlisting of a listed product or project (强制下架): one
 * {@code exhibit-unlisting} case that tells the exhibitor, recorded as an
 * {@code exhibit_unlisting} row. The kind's module unlists the item and blocks listing in
 * the same transaction.
 */
@Service
public class ExhibitUnlistings {

	public static final String FLOW = "exhibit-unlisting";

	public static final int MAX_REASON = 500;

	private static final Logger log = LoggerFactory.getLogger(ExhibitUnlistings.class);

	private final Cases cases;

	private final UnitDirectory units;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	ExhibitUnlistings(Cases cases, UnitDirectory units, JdbcTemplate jdbc, AuditTrail audit) {
		this.cases = cases;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Opens the unlisting case, in the caller's transaction.
	 * @return the case id
	 * @throws ExhibitRefusedException (field {@code reason}) for a missing or long reason
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String open(ItemKind kind, long itemId, String itemName, Exhibitor exhibitor, String reason, String actor) {
		String clean = (reason == null) ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new ExhibitRefusedException("reason", "exhibit.unlist.reasonRequired");
		}
		if (clean.length() > MAX_REASON) {
			throw new ExhibitRefusedException("reason", "exhibit.unlist.reasonSize", MAX_REASON);
		}
		UnitDirectory.RegisteredUnit unit = this.units.findById(exhibitor.getUnitId())
			.orElseThrow(() -> new IllegalStateException("No unit " + exhibitor.getUnitId()));
		Integer earlier = this.jdbc.queryForObject(
				"select count(*) from exhibit_unlisting where item_kind = ? and item_id = ?", Integer.class,
				kind.name(), itemId);
		Map<String, Object> vars = new HashMap<>();
		vars.put("itemKind", kind.name());
		vars.put("itemId", itemId);
		vars.put("itemRef", kind.ref(itemId));
		vars.put("itemName", itemName);
		vars.put("kindZh", kind.nameZh());
		vars.put("kindEn", kind.nameEn());
		vars.put("exhibitorId", exhibitor.getId());
		vars.put("unitId", unit.id());
		vars.put("unitName", unit.nameZh());
		vars.put("unitNameEn", (unit.nameEn() == null || unit.nameEn().isBlank()) ? unit.nameZh() : unit.nameEn());
		vars.put("language",
				this.units.contact(unit.id()).map((c) -> "en".equals(c.language()) ? "en" : "zh").orElse("zh"));
		vars.put("applicantGroup", exhibitor.applicantGroup());
		vars.put("contactMobile", exhibitor.getContactMobile());
		vars.put("contactEmail", exhibitor.getContactEmail());
		vars.put("unlistReason", clean);
		CaseRecord record = this.cases.open(new NewCase(FLOW, kind.ref(itemId) + "-u" + (earlier + 1), itemName, null,
				exhibitor.applicantGroup(), exhibitor.getInviterOrgId(), "FORCE_UNLISTED", actor, vars));
		this.jdbc.update(
				"insert into exhibit_unlisting (case_id, item_kind, item_id, exhibitor_id, reason, created_at,"
						+ " created_by) values (?, ?, ?, ?, ?, ?, ?)",
				record.getId(), kind.name(), itemId, exhibitor.getId(), clean, Timestamp.from(Instant.now()), actor);
		log.info("{} of exhibitor {} force-unlisted by {} (case {})", kind.ref(itemId), exhibitor.getId(), actor,
				record.getId());
		this.audit.record(AuditCategory.ADMINISTRATION, "exhibit.unlisted", kind.ref(itemId),
				AuditTrail.excerpt(itemName, 100) + ", case " + record.getId() + ", reason: "
						+ AuditTrail.excerpt(clean, 200));
		return record.getId();
	}

}
