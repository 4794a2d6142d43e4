package org.fairflow.portal.incidents;

import org.fairflow.portal.web.ExplainedException;

/** An incident that cannot be retried; the page shows why. */
class IncidentException extends ExplainedException {

	IncidentException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
