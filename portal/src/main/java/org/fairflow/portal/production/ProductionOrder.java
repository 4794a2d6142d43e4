package org.fairflow.portal.production;

import java.time.LocalDate;

/**
 * What goes on one badge: the job's variables completed by the holder's public data.
 *
 * @param nameZh the printed name ({@code personName})
 * @param badgeType {@code VISITOR}, {@code STAFF} or {@code VIP}
 * @param reused the badge is printed again for a person whose earlier badge is reused
 */
record ProductionOrder(String caseId, int round, Long personId, Long unitId, String nameZh, String nameEn,
		String unitName, String badgeType, String jobTitle, LocalDate entryFrom, LocalDate entryTo, boolean reused) {
}
