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
 *
 * <p>
 * {@link #refund(RefundRequest)} pays money back on a paid session, idempotent per
 * {@link RefundRequest#reference()}: a repeated call returns the first refund and pays
 * nothing again. A refund beyond what the session was paid minus what was refunded on it
 * is refused ({@link RefundRefusedException}): never a second payback. When the outcome
 * of a call is unknown, {@link #findRefund(String)} tells whether it was made.
 */
public interface PaymentGateway {

	/** Opens the payment session of a reference, or returns the one opened before. */
	PaymentSession open(PaymentRequest request);

	/** The session as the provider knows it now. */
	Optional<PaymentSession> find(String sessionId);

	/**
	 * Pays back, or returns the refund made before under the same reference.
	 * @throws RefundRefusedException when the provider refuses it (nothing paid back)
	 */
	RefundResult refund(RefundRequest request);

	/** The refund made under a reference, if any: for reconciliation. */
	Optional<RefundResult> findRefund(String reference);

}
