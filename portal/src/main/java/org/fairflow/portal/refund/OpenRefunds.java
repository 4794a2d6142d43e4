package org.fairflow.portal.refund;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an order has a refund under way: billing asks before it invoices, because a
 * refund opened before the invoice would pay back without reversing it.
 */
@Service
public class OpenRefunds {

	private final RefundRepository refunds;

	OpenRefunds(RefundRepository refunds) {
		this.refunds = refunds;
	}

	@Transactional(readOnly = true)
	public boolean any(Long orderId) {
		return this.refunds.findByOrderIdOrderByIdAsc(orderId).stream().anyMatch((r) -> !r.getState().finished());
	}

}
