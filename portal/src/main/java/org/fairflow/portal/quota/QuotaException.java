package org.fairflow.portal.quota;

/**
 * A quota operation refused for a reason the person can act on; {@link #messageKey()} and
 * {@link #arguments()} name the text shown (arguments may be message resolvables, such as
 * a badge type's name).
 */
public class QuotaException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public QuotaException(String message, String messageKey, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
