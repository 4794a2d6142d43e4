package org.fairflow.portal.quota;

import java.time.Instant;

/**
 * One person's free badge, counted against a unit's quota (or the organisation's it draws
 * from) and against every level above.
 *
 * @param personRef the caller's key for the person; one reservation per key
 * @param type STAFF or VIP
 * @param unitCreditCode the person's unit
 * @param unitOrgId the organisation the unit was registered to when reserving
 * @param fromUnitAllocation true when drawn from the unit's own allocation, false when
 * from an organisation's free part
 * @param reservedAt when
 */
public record Reservation(String personRef, BadgeType type, String unitCreditCode, Long unitOrgId,
		boolean fromUnitAllocation, Instant reservedAt) {

}
