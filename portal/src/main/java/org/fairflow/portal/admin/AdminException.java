package org.fairflow.portal.admin;

/** A change the organiser asked for that cannot be made; the page shows the message. */
class AdminException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	AdminException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
