package org.fairflow.portal.exhibit;

/**
 * A request on an item this module refuses; {@link #field()} names the form field the
 * message belongs next to (null: the whole form).
 */
public class ExhibitRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public ExhibitRefusedException(String field, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
