package org.fairflow.portal.meeting;

/**
 * A supplement that cannot be stored: the message key, its arguments and the form field
 * it belongs to ({@code null}: above the form).
 */
class SupplementException extends RuntimeException {

	private final String field;

	private final transient Object[] arguments;

	SupplementException(String field, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.field = field;
		this.arguments = arguments;
	}

	String field() {
		return this.field;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] arguments() {
		return this.arguments;
	}

}
