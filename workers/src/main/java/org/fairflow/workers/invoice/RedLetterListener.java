package org.fairflow.workers.invoice;

/**
 * Hears that a buyer confirmed the red-letter confirmation (红字确认单) of a refund. The
 * portal implements it (feature {@code refund}): it publishes message
 * {@code red-letter-confirmed} to the refund case of {@code refundRef}.
 *
 * <p>
 * May be called more than once for one refund (the worker
 * {@code await-red-letter-confirmation} calls it again when a resumed case finds the
 * confirmation already there), so an implementation must be idempotent. Called inside the
 * platform's transaction: an exception undoes the confirmation, which the buyer can then
 * give again.
 */
public interface RedLetterListener {

	void confirmed(String refundRef);

}
