package org.fairflow.portal.badge;

/** The uploaded photo is not acceptable; the message is a message key. */
public class InvalidPhotoException extends RuntimeException {

	InvalidPhotoException(String messageKey) {
		super(messageKey);
	}

}
