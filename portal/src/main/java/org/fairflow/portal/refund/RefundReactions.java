package org.fairflow.portal.refund;

import java.util.List;
import java.util.Map;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.payment.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a refund request's state with its case. Runs inside the status step's
 * transaction: a refused, rejected or lapsed request releases its claims and a refunded
 * one marks its items REFUNDED in the same commit as the status, or neither happens.
 */
@Component
class RefundReactions {

	private static final Logger log = LoggerFactory.getLogger(RefundReactions.class);

	private static final Map<String, Refund.State> STATES = Map.of("REFUND_REQUESTED", Refund.State.REQUESTED,
			"REFUND_REFUSED", Refund.State.REFUSED, "REFUND_REJECTED", Refund.State.REJECTED, "REFUND_APPROVED",
			Refund.State.APPROVED, "REVERSAL_AWAITING_BUYER", Refund.State.AWAITING_BUYER, "INVOICE_REVERSED",
			Refund.State.REVERSED, "REVERSAL_LAPSED", Refund.State.LAPSED, "REFUNDED", Refund.State.REFUNDED);

	private final RefundRepository refunds;

	private final RefundLineRepository lines;

	private final RefundClaimRepository claims;

	private final Payments payments;

	private final Cases cases;

	RefundReactions(RefundRepository refunds, RefundLineRepository lines, RefundClaimRepository claims,
			Payments payments, Cases cases) {
		this.refunds = refunds;
		this.lines = lines;
		this.claims = claims;
		this.payments = payments;
		this.cases = cases;
	}

	@EventListener
	void statusChanged(CaseStatusChanged event) {
		if (!RefundRequests.FLOW.equals(event.flow())) {
			return;
		}
		Refund.State state = STATES.get(event.status());
		if (state == null) {
			log.warn("Refund case {} reported status {}, which refunds do not have", event.caseId(), event.status());
			return;
		}
		Long id;
		try {
			id = Long.valueOf(event.businessKey());
		}
		catch (NumberFormatException ex) {
			log.warn("Refund case {} has business key {}, not a refund id", event.caseId(), event.businessKey());
			return;
		}
		this.refunds.findById(id).ifPresent((refund) -> {
			String reason = (state == Refund.State.REFUSED || state == Refund.State.REJECTED
					|| state == Refund.State.LAPSED) ? comment(event.caseId(), event.status()) : null;
			if (!refund.moveTo(state, reason)) {
				return;
			}
			if (state.releasesClaims()) {
				int released = this.claims.release(refund.getId());
				log.info("Refund {} ended {}: {} items free to be asked again", refund.getId(), state, released);
			}
			else if (state == Refund.State.REFUNDED) {
				List<Long> items = this.lines.findByRefundIdOrderByIdAsc(refund.getId())
					.stream()
					.map(RefundLine::getItemId)
					.toList();
				this.payments.refunded(refund.getOrderId(), items);
				log.info("Refund {} paid back: {} items REFUNDED", refund.getId(), items.size());
			}
		});
	}

	/**
	 * The comment of the status line (commentFrom: the DMN's reason, finance's comment).
	 */
	private String comment(String caseId, String status) {
		List<CaseEvent> history = this.cases.history(caseId);
		for (int i = history.size() - 1; i >= 0; i--) {
			if (status.equals(history.get(i).getEvent())) {
				return history.get(i).getComment();
			}
		}
		return null;
	}

}
