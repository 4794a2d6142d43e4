package org.fairflow.workers.notification;

/**
 * A provider call that may or may not have left a message with the provider: the request
 * went out, but no answer came back (connection reset, read timeout), or the answer says
 * nothing certain (an internal error of the provider or of a gateway in between, a body
 * that cannot be read). Unlike a refusal, the message may have been accepted: its outcome
 * is unknown and is reconciled before anything is sent again.
 */
public class OutcomeUnknownException extends Exception {

	public OutcomeUnknownException(String maskedMessage) {
		super(maskedMessage);
	}

}
