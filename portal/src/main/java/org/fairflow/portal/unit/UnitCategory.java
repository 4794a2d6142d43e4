package org.fairflow.portal.unit;

import org.fairflow.workers.registry.CreditCode;

/** Unit categories of the guides; the names are what the auto-verification DMN reads. */
public enum UnitCategory {

	ENTERPRISE, PUBLIC_INSTITUTION, SOCIAL_ORGANISATION, GOVERNMENT, OTHER;

	/**
	 * The category a credit code was issued for, by its registration authority and kind
	 * (the registry's own mapping, {@link CreditCode#categoryOf(String)}).
	 */
	public static UnitCategory ofCreditCode(String code) {
		return valueOf(CreditCode.categoryOf(code));
	}

}
