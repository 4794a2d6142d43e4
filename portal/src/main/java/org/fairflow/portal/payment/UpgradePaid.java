package org.fairflow.portal.payment;

/**
 * The fee of a badge upgrade is paid (online or by a transfer finance confirmed): the
 * feature that asked for it switches the badge's rights. Published inside the payment's
 * transaction, so the switch and the payment commit together. A listener must switch only
 * once even if the event comes again (a repeated notice, a reconciliation).
 *
 * @param caseId the badge-review case the upgrade belongs to
 * @param itemId the paid payment item
 */
public record UpgradePaid(String caseId, Long itemId) {
}
