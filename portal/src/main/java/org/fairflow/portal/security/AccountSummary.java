package org.fairflow.portal.security;

import java.time.Instant;

/** A staff account as administration lists it; never its password hash. */
public record AccountSummary(Long id, String username, String displayName, Role role, Long organisationId,
		boolean enabled, Instant createdAt) {

}
