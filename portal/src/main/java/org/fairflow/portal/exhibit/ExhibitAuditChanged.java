package org.fairflow.portal.exhibit;

/**
 * An audit case of an item changed its status; published inside the status step's
 * transaction, so the kind's module applies it (makes a revision live, keeps the opinion)
 * in the same transaction as the case.
 *
 * @param revisionId the revision the status is about: for {@code APPROVED} and
 * {@code REJECTED} the one the reviewer saw ({@code auditedRevisionId}), else the one the
 * case audits now
 * @param status {@code AWAITING_AUDIT}, {@code APPROVED}, {@code REJECTED} or
 * {@code WITHDRAWN}
 * @param comment the reviewer's opinion for {@code REJECTED}, the reason for
 * {@code WITHDRAWN}, else null
 */
public record ExhibitAuditChanged(ItemKind kind, long itemId, long revisionId, String caseId, String status,
		String comment) {
}
