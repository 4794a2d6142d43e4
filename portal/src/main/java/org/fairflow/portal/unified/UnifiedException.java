package org.fairflow.portal.unified;

/**
 * A request refused for a reason the reviewer can act on; nothing was stored.
 * {@link #messageKey()} and {@link #arguments()} name the text shown.
 */
class UnifiedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	UnifiedException(String messageKey, Object... arguments) {
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
