package org.fairflow.portal.payment;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask about payments. */
@Service
public class Payments {

	private final PaymentItemRepository items;

	Payments(PaymentItemRepository items) {
		this.items = items;
	}

	/**
	 * The payment status of a badge-review case: {@code OPEN}, {@code PAID},
	 * {@code WITHDRAWN} or {@code REFUNDABLE}; empty while nothing is owed (free badge,
	 * or payment not requested yet).
	 */
	@Transactional(readOnly = true)
	public Optional<String> statusOf(String caseId) {
		return this.items.findByCaseId(caseId).map((item) -> item.getStatus().name());
	}

	/** Whether the case's fee sits on an order that waits for payment. */
	@Transactional(readOnly = true)
	public boolean onOrder(String caseId) {
		return this.items.findByCaseId(caseId)
			.map((item) -> item.getStatus() == PaymentItem.Status.OPEN && item.getOrderId() != null)
			.orElse(false);
	}

}
