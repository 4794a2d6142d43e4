package org.fairflow.portal.unit;

/** Unit categories of the guides; the names are what the auto-verification DMN reads. */
public enum UnitCategory {

	ENTERPRISE, PUBLIC_INSTITUTION, SOCIAL_ORGANISATION, GOVERNMENT, OTHER

}
