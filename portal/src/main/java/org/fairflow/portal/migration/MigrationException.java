package org.fairflow.portal.migration;

import org.fairflow.portal.web.ExplainedException;

/** A migration request that cannot be planned; the page shows the message. */
class MigrationException extends ExplainedException {

	MigrationException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
