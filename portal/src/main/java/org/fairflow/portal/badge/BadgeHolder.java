package org.fairflow.portal.badge;

import java.time.LocalDate;

/**
 * What a badge prints about its holder: the public view of a person for the production
 * feature. No document number, no phone.
 *
 * @param badgeType {@code VISITOR}, {@code STAFF} or {@code VIP}
 */
public record BadgeHolder(Long personId, Long unitId, String nameZh, String nameEn, String badgeType, String jobTitle,
		LocalDate entryFrom, LocalDate entryTo, boolean hasPhoto, String caseId) {
}
