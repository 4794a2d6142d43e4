package org.fairflow.portal.audit;

import org.fairflow.portal.export.ExportRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every export. The event comes in the requester's thread, so the entry names the
 * requester and the address.
 */
@Component
class ExportAudit {

	private final AuditTrail audit;

	ExportAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void recorded(ExportRecorded export) {
		this.audit.record(AuditCategory.EXPORT, "export." + export.format().extension(), export.fileName(),
				export.description() + ((export.rows() >= 0) ? " (" + export.rows() + ")" : ""));
	}

}
