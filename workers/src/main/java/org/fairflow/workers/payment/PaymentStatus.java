package org.fairflow.workers.payment;

/** Where a payment session stands. */
public enum PaymentStatus {

	/** Opened; the payer has not finished. */
	OPEN,
	/** Paid: final. */
	PAID,
	/** The payment failed or was abandoned: final; the portal opens a new session. */
	FAILED

}
