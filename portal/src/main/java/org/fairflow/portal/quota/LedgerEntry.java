package org.fairflow.portal.quota;

import java.time.Instant;

/** A row of {@code quota_reservation}. */
record LedgerEntry(String personRef, BadgeType type, long allocationId, String unitCreditCode, Long unitOrgId,
		Instant reservedAt) {

}
