package org.fairflow.portal.booth;

import org.fairflow.portal.exhibit.ExhibitAuditChanged;
import org.fairflow.portal.exhibit.ItemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a booth with its audit case, inside the status step's transaction: approval makes
 * the audited revision live, a rejection keeps the opinion, a withdrawal makes a draft
 * again. A status of an earlier case of the booth changes nothing.
 */
@Component
class BoothReactions {

	private static final Logger log = LoggerFactory.getLogger(BoothReactions.class);

	private final BoothRepository booths;

	BoothReactions(BoothRepository booths) {
		this.booths = booths;
	}

	@EventListener
	void auditChanged(ExhibitAuditChanged event) {
		if (event.kind() != ItemKind.BOOTH) {
			return;
		}
		this.booths.lockById(event.itemId()).filter((b) -> event.caseId().equals(b.getCaseId())).ifPresent((booth) -> {
			switch (event.status()) {
				case "APPROVED" -> booth.approved(event.revisionId());
				case "REJECTED" -> booth.rejected(event.comment());
				case "WITHDRAWN" -> booth.withdrawn();
				default -> {
					return;
				}
			}
			log.info("Booth {} is now {} (revision {}, case {})", booth.getId(), booth.getStatus(), event.revisionId(),
					event.caseId());
		});
	}

}
