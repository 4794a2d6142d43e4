package org.fairflow.portal.refund;

import java.time.Instant;
import java.util.List;

import org.fairflow.portal.finance.Refunded;
import org.fairflow.portal.finance.RefundedMoney;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What finance's reconciliation counts as paid back: refunds that reached REFUNDED, at
 * the time they did, with the amount that went back (the requested amount if none was
 * recorded).
 */
@Component
class RefundLedger implements RefundedMoney {

	private final RefundRepository refunds;

	RefundLedger(RefundRepository refunds) {
		this.refunds = refunds;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Refunded> refundedBetween(Instant from, Instant to) {
		return this.refunds.findRefundedBetween(Refund.State.REFUNDED, from, to)
			.stream()
			.map((r) -> new Refunded(r.getId(), r.getOrderId(), r.getUnitId(), r.getChannel(),
					(r.getRefundedAmount() != null) ? r.getRefundedAmount() : r.getAmount(), r.getRefundedAt()))
			.toList();
	}

}
