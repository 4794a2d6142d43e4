package org.fairflow.portal.finance;

import org.fairflow.portal.web.ExplainedException;

/** A {@code day} parameter the reconciliation cannot use; shown on the page. */
class BadDayException extends ExplainedException {

	BadDayException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
