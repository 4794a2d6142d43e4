package org.fairflow.workers.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is paid back, on the payment session it was paid with.
 *
 * @param reference the idempotency key of the refund (the portal's refund reference,
 * {@code refund-<id>}); at most 64 characters
 * @param sessionId the provider's payment session the money came in with
 * @param amount in yuan, positive, at most 2 decimals; kept with scale 2
 */
public record RefundRequest(String reference, String sessionId, BigDecimal amount) {

	public RefundRequest {
		if (reference == null || reference.isBlank() || reference.length() > 64) {
			throw new IllegalArgumentException("A refund needs a reference of at most 64 characters");
		}
		if (sessionId == null || sessionId.isBlank()) {
			throw new IllegalArgumentException("A refund needs the payment session it pays back");
		}
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException("A refund needs a positive amount");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			// Fen are the smallest unit; rounding here would pay back a different amount.
			throw new IllegalArgumentException("A refund amount has at most 2 decimals");
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

}
