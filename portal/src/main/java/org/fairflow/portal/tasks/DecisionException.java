package org.fairflow.portal.tasks;

/**
 * A decision that cannot be taken; {@link #messageKey()} names the text shown to the
 * person.
 */
public class DecisionException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DecisionException(String messageKey, Object... arguments) {
		super(messageKey);
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
