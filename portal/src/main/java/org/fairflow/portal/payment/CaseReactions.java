package org.fairflow.portal.payment;

import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Statuses of other cases that change payments: a badge application cancelled or
 * rejected, a bank transfer confirmed or rejected by finance. Runs inside the status
 * change's transaction, so a failure here fails the status job, which is retried.
 */
@Component
class CaseReactions {

	static final String BADGE_FLOW = "badge-review";

	private final Settlement settlement;

	private final Cases cases;

	private final UpgradeCharges upgrades;

	CaseReactions(Settlement settlement, Cases cases, UpgradeCharges upgrades) {
		this.settlement = settlement;
		this.cases = cases;
		this.upgrades = upgrades;
	}

	@EventListener
	void statusChanged(CaseStatusChanged event) {
		if (BADGE_FLOW.equals(event.flow())
				&& ("CANCELLED".equals(event.status()) || "REJECTED".equals(event.status()))) {
			this.settlement.applicationEnded(event.caseId());
			this.upgrades.applicationEnded(event.caseId());
		}
		else if (BankTransfers.FLOW.equals(event.flow())) {
			Long orderId = Long.valueOf(event.businessKey());
			if ("PAID".equals(event.status())) {
				this.settlement.paid(orderId, "TRANSFER");
			}
			else if ("TRANSFER_REJECTED".equals(event.status())) {
				this.settlement.transferRejected(orderId, financeComment(event.caseId()));
			}
		}
	}

	/** The comment the status line was recorded with (commentFrom comment). */
	private String financeComment(String caseId) {
		var history = this.cases.history(caseId);
		for (int i = history.size() - 1; i >= 0; i--) {
			if ("TRANSFER_REJECTED".equals(history.get(i).getEvent())) {
				return history.get(i).getComment();
			}
		}
		return null;
	}

}
