package org.fairflow.portal.unit;

/** Registration refused; the message is a message key shown to the person. */
public class RegistrationException extends RuntimeException {

	public RegistrationException(String messageKey) {
		super(messageKey);
	}

}
