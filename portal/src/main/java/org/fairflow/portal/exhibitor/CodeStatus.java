package org.fairflow.portal.exhibitor;

/** A code's stored state; an issued code past its expiry reads as expired. */
public enum CodeStatus {

	ISSUED, USED, REVOKED

}
