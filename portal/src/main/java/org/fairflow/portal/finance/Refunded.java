package org.fairflow.portal.finance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money paid back to a payer, as finance reconciles it.
 *
 * @param refundId the refund's id
 * @param orderId the order the money had been paid for
 * @param unitId the paying unit
 * @param channel how the money went back: {@code ONLINE} (through the gateway) or
 * {@code TRANSFER} (a bank refund finance recorded)
 * @param amount what was paid back, positive, yuan with 2 places
 * @param refundedAt when it was paid back
 */
public record Refunded(Long refundId, Long orderId, Long unitId, String channel, BigDecimal amount,
		Instant refundedAt) {

}
