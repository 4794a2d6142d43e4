package org.fairflow.portal.badge;

/**
 * A person change that is refused; the message is a message key, {@code field} the form
 * field it belongs to (or null).
 */
class PersonException extends RuntimeException {

	private final String field;

	PersonException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
