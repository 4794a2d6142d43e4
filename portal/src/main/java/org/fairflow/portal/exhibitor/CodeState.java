package org.fairflow.portal.exhibitor;

/**
 * A code as its inviter sees it: the stored status, except that an issued code past its
 * expiry reads {@link #EXPIRED} (nothing changes the row when it expires).
 */
enum CodeState {

	ISSUED, EXPIRED, USED, REVOKED;

	static CodeState of(InvitationCode code, java.time.Instant now) {
		return switch (code.getStatus()) {
			case USED -> USED;
			case REVOKED -> REVOKED;
			case ISSUED -> code.getExpiresAt().isAfter(now) ? ISSUED : EXPIRED;
		};
	}

	/** A filter value from a query string; anything else filters nothing. */
	static CodeState parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
