package org.fairflow.workers.payment;

/**
 * Receives the outcome of a payment session. The portal implements it: on
 * {@link #paid(PaymentSession)} it marks the order paid and publishes {@code badge-paid}
 * for each of its persons.
 *
 * <p>
 * Called once per session and outcome, inside the gateway's transaction: an exception
 * thrown here undoes the outcome, so the provider's callback can be delivered again.
 */
public interface PaymentListener {

	void paid(PaymentSession session);

	void failed(PaymentSession session);

}
