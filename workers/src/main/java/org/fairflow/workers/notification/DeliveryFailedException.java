package org.fairflow.workers.notification;

/**
 * The provider did not take a message. Its text is masked, since job failure messages end
 * up in logs and in the engine; the provider's own exception is not attached for the same
 * reason.
 */
public class DeliveryFailedException extends RuntimeException {

	public DeliveryFailedException(String maskedMessage) {
		super(maskedMessage);
	}

}
