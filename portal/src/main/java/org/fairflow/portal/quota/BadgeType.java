package org.fairflow.portal.quota;

import java.util.List;

/**
 * Badge types of flow 2, lowest first: a professional visitor pays a fee, staff and VIP
 * badges are free within a quota. Upgrades only go up (visitor → staff → VIP).
 */
public enum BadgeType {

	VISITOR, STAFF, VIP;

	/** The types a quota exists for, in the order their rows are locked. */
	public static final List<BadgeType> WITH_QUOTA = List.of(STAFF, VIP);

	public boolean hasQuota() {
		return this != VISITOR;
	}

	/** The message key of the type's name. */
	public String messageKey() {
		return "quota.type." + name();
	}

}
