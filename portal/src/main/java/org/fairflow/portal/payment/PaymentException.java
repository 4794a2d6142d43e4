package org.fairflow.portal.payment;

/**
 * A payment step refused for a reason the payer is told (a message key of
 * payment.properties).
 */
public class PaymentException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	PaymentException(String messageKey, Object... arguments) {
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
