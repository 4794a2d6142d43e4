package org.fairflow.workers.payment;

import java.util.Optional;

/**
 * An online payment provider, or a stand-in for it.
 *
 * <p>
 * {@link #open(PaymentRequest)} is idempotent per {@link PaymentRequest#reference()} (the
 * portal's order id, with an attempt number after a failed payment): a repeated call
 * returns the session opened first and opens nothing new. The outcome arrives through
 * {@link PaymentListener}; {@link #find(String)} answers what the provider knows now (for
 * reconciliation). Implementations throw on a technical fault (provider unreachable).
 */
public interface PaymentGateway {

	/** Opens the payment session of a reference, or returns the one opened before. */
	PaymentSession open(PaymentRequest request);

	/** The session as the provider knows it now. */
	Optional<PaymentSession> find(String sessionId);

}
