package org.fairflow.portal.org;

public enum OrganisationKind {

	ORGANISER, DELEGATION, SUB_DELEGATION,

	/**
	 * An inviting organisation (组展机构 / 承办机构) below the organiser: issues invitation codes
	 * to exhibitors and audits what they submit; units never join it.
	 */
	TRADE_BODY;

	/**
	 * Whether this kind of organisation invites exhibitors (and audits what they submit).
	 */
	public boolean invitesExhibitors() {
		return this == ORGANISER || this == DELEGATION || this == TRADE_BODY;
	}

}
