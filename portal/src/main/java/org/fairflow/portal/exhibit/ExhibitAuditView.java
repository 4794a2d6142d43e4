package org.fairflow.portal.exhibit;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.FlowView;

import org.springframework.stereotype.Component;

/**
 * The item inside its audit task (form key {@code exhibit-audit}): the kind's renderer
 * shows the pending revision, and the page carries that revision's id, so that a decision
 * is taken on what the reviewer saw or not at all.
 */
@Component
class ExhibitAuditView implements FlowView {

	// The rows, not ExhibitAudits: that one reads the inbox, which holds this view.
	private final ExhibitAuditRepository audits;

	private final Map<ItemKind, ExhibitAuditRenderer> renderers = new EnumMap<>(ItemKind.class);

	ExhibitAuditView(ExhibitAuditRepository audits, List<ExhibitAuditRenderer> renderers) {
		this.audits = audits;
		renderers.forEach((r) -> this.renderers.put(r.kind(), r));
	}

	@Override
	public String flow() {
		return ExhibitAudits.FLOW;
	}

	@Override
	public Set<String> formKeys() {
		return Set.of(ExhibitAudits.FORM_KEY);
	}

	@Override
	public String template() {
		return "exhibit/audit";
	}

	@Override
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Key key = Key.parse(businessKey).orElse(null);
		ExhibitAuditRenderer renderer = (key != null) ? this.renderers.get(key.kind()) : null;
		if (renderer == null) {
			return model;
		}
		renderer.pending(key.itemId(), locale).ifPresent((pending) -> {
			model.putAll(pending.model());
			model.put("exhibitKind", key.kind());
			model.put("exhibitTemplate", renderer.template());
			model.put("exhibitRevisionId", pending.revisionId());
			model.put("decisionInputs", true);
		});
		return model;
	}

	@Override
	public Map<String, Object> onDecision(String caseId, String businessKey, int round, String decision,
			Map<String, String> parameters, PortalUser user) {
		Key key = Key.parse(businessKey).orElseThrow(() -> new DecisionException("exhibit.audit.unknown"));
		ExhibitAuditRenderer renderer = Optional.ofNullable(this.renderers.get(key.kind()))
			.orElseThrow(() -> new DecisionException("exhibit.audit.unknown"));
		long shown;
		try {
			shown = Long.parseLong(parameters.getOrDefault("revisionId", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new DecisionException("exhibit.audit.changed");
		}
		renderer.startDecision(key.itemId(), shown);
		this.audits.lockById(caseId).ifPresent((audit) -> audit.audited(shown));
		return Map.of("auditedRevisionId", shown);
	}

	/** A business key {@code booth-12-r3}. */
	record Key(ItemKind kind, long itemId, long revisionId) {

		static Optional<Key> parse(String businessKey) {
			String[] parts = (businessKey == null) ? new String[0] : businessKey.split("-");
			if (parts.length != 3 || !parts[2].startsWith("r")) {
				return Optional.empty();
			}
			try {
				long item = Long.parseLong(parts[1]);
				long revision = Long.parseLong(parts[2].substring(1));
				return ItemKind.ofRef(parts[0]).map((kind) -> new Key(kind, item, revision));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

	}

}
