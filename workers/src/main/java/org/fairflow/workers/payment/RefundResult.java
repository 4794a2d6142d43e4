package org.fairflow.workers.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund the provider made.
 *
 * @param reference the refund's idempotency key
 * @param sessionId the payment session it paid back on
 * @param amount in yuan, scale 2
 * @param refundedAt when the provider made it
 */
public record RefundResult(String reference, String sessionId, BigDecimal amount, Instant refundedAt) {
}
