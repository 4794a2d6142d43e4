package org.fairflow.portal.org;

public enum OrganisationKind {

	ORGANISER, DELEGATION, SUB_DELEGATION

}
