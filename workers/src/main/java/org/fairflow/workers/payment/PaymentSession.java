package org.fairflow.workers.payment;

import java.math.BigDecimal;

/**
 * A payment session of the provider.
 *
 * @param sessionId the provider's id
 * @param reference the reference it was opened for
 * @param amount in yuan
 * @param description shown to the payer
 * @param payUrl where to send the payer (absolute, or relative to the portal)
 * @param returnUrl where the payer goes back to afterwards
 * @param status what the provider knows now
 */
public record PaymentSession(String sessionId, String reference, BigDecimal amount, String description, String payUrl,
		String returnUrl, PaymentStatus status) {
}
