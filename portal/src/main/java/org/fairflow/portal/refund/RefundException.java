package org.fairflow.portal.refund;

/** A refund step refused for a reason the user is told (a key of refund.properties). */
class RefundException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	RefundException(String messageKey, Object... arguments) {
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
