package org.fairflow.portal.billing;

import org.fairflow.portal.web.ExplainedException;

/**
 * A billing step refused for a reason the payer is told (a message key of
 * billing.properties).
 */
class BillingException extends ExplainedException {

	BillingException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
