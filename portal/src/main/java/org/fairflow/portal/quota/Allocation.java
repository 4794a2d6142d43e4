package org.fairflow.portal.quota;

/** A row of {@code quota_allocation}: one holder's quota of one badge type. */
record Allocation(long id, BadgeType type, Long orgId, String creditCode, Long parentId, Long parentOrgId,
		int allocated, int onward, int directUsed, int used) {

	boolean isUnit() {
		return this.creditCode != null;
	}

	/** Passed on or drawn directly: what a lower allocation may not go below. */
	int taken() {
		return this.onward + this.directUsed;
	}

	int free() {
		return this.allocated - taken();
	}

	QuotaView.Usage usage() {
		return new QuotaView.Usage(this.allocated, this.used, this.onward, this.directUsed, false);
	}

}
