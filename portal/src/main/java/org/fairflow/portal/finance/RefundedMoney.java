package org.fairflow.portal.finance;

import java.time.Instant;
import java.util.List;

/**
 * Where finance learns what was paid back. Implemented by the feature that pays refunds;
 * finance reads every implementation there is and none at all is no refund, so the portal
 * runs (and reconciles payments) without one.
 */
public interface RefundedMoney {

	/** Refunds paid back in {@code [from, to)}. */
	List<Refunded> refundedBetween(Instant from, Instant to);

}
