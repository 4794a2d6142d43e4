package org.fairflow.portal.badge;

/**
 * An address change that is refused; the message is a message key, {@code field} the form
 * field it belongs to (or null).
 */
class AddressException extends RuntimeException {

	private final String field;

	AddressException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
