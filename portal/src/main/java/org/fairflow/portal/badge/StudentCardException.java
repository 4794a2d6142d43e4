package org.fairflow.portal.badge;

/** A student card upload or decision refused; the message is a message key. */
class StudentCardException extends RuntimeException {

	StudentCardException(String messageKey) {
		super(messageKey);
	}

}
