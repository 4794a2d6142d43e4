package org.fairflow.portal.exhibit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one kind's item shows inside its audit task (form key {@code exhibit-audit}), and
 * the lock a decision takes. One bean per {@link ItemKind}, in the kind's module.
 */
public interface ExhibitAuditRenderer {

	ItemKind kind();

	/**
	 * Thymeleaf template with a fragment {@code details} showing the pending revision
	 * from {@link #pending}'s model, e.g. {@code booth/audit}.
	 */
	String template();

	/** The item's pending revision as the reviewer sees it, or empty if there is none. */
	Optional<Pending> pending(long itemId, Locale locale);

	/**
	 * A reviewer decides: locks the item's row, checks it still waits for audit with
	 * {@code revisionId} pending, and marks it {@link ItemStatus#UNDER_AUDIT}, in the
	 * decision's transaction.
	 * @throws org.fairflow.portal.tasks.DecisionException ({@code exhibit.audit.changed})
	 * when the exhibitor changed the item since the reviewer opened it
	 */
	void startDecision(long itemId, long revisionId);

	/**
	 * The pending revision and what the fragment needs.
	 *
	 * @param revisionId the revision the reviewer is shown (and decides on)
	 * @param model attributes for the fragment
	 */
	record Pending(long revisionId, Map<String, Object> model) {
	}

}
