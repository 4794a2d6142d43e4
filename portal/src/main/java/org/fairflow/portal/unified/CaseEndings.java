package org.fairflow.portal.unified;

import java.util.Set;

import org.fairflow.portal.cases.CaseStatusChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Frees a place under the cap when a badge case ends cancelled or rejected, in the same
 * transaction as the status change.
 */
@Component
class CaseEndings {

	static final String FLOW = "badge-review";

	private static final Set<String> ENDINGS = Set.of("CANCELLED", "REJECTED");

	private final UnifiedPayment payment;

	CaseEndings(UnifiedPayment payment) {
		this.payment = payment;
	}

	@EventListener
	void statusChanged(CaseStatusChanged event) {
		if (FLOW.equals(event.flow()) && ENDINGS.contains(event.status())) {
			this.payment.forget(event.caseId());
		}
	}

}
