package org.fairflow.portal.unit;

/** The uploaded licence is not acceptable; the message is a message key. */
public class InvalidLicenceException extends RuntimeException {

	InvalidLicenceException(String messageKey) {
		super(messageKey);
	}

}
