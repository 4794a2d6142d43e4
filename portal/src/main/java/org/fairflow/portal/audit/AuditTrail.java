package org.fairflow.portal.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit entries. The actor and address are taken from the signed-in user and the
 * current request (a job or start-up task records as {@code system}); an entry joins the
 * caller's transaction, so it is stored exactly when the change it describes is.
 */
@Service
public class AuditTrail {

	static final String SYSTEM = "system";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries) {
		this.entries = entries;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Records an action of the current user. {@code action} is a dotted key naming what
	 * was done ({@code org.renamed}, {@code task.decided}); {@code subject} what it was
	 * done to ({@code organisation:12}, a case id); {@code detail} a short readable
	 * description without secrets, passwords, full mobile or document numbers.
	 */
	@Transactional
	public void record(AuditCategory category, String action, String subject, String detail) {
		record(category, action, currentActor(), currentAddress(), subject, detail);
	}

	/** Records an action whose actor and address the caller knows (a failed sign-in). */
	@Transactional
	public void record(AuditCategory category, String action, String actor, String address, String subject,
			String detail) {
		this.entries.save(new AuditEntry(Instant.now(this.clock), category, action, (actor != null) ? actor : SYSTEM,
				address, subject, detail));
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
