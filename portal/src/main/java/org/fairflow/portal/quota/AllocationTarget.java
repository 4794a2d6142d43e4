package org.fairflow.portal.quota;

/**
 * Who receives an allocation: a delegation or sub-delegation, or a unit (by credit code,
 * registered or not) held by the delegation or sub-delegation that gives it.
 */
public record AllocationTarget(Long orgId, Long holderOrgId, String creditCode) {

	public static AllocationTarget organisation(Long orgId) {
		return new AllocationTarget(orgId, null, null);
	}

	public static AllocationTarget unit(Long holderOrgId, String creditCode) {
		return new AllocationTarget(null, holderOrgId, creditCode);
	}

	public boolean isUnit() {
		return this.orgId == null;
	}

}
