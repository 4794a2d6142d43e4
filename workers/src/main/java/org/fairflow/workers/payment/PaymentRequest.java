package org.fairflow.workers.payment;

import java.math.BigDecimal;

/**
 * What the payer pays.
 *
 * @param reference the idempotency key of the session (the portal's order id, plus an
 * attempt number after a failed payment); at most 64 characters
 * @param amount in yuan, positive
 * @param description shown to the payer
 * @param returnUrl where the provider sends the payer back to, relative to the portal
 */
public record PaymentRequest(String reference, BigDecimal amount, String description, String returnUrl) {

	public PaymentRequest {
		if (reference == null || reference.isBlank() || reference.length() > 64) {
			throw new IllegalArgumentException("A payment needs a reference of at most 64 characters");
		}
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException("A payment needs a positive amount");
		}
	}

}
