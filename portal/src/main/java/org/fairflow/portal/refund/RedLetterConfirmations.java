package org.fairflow.portal.refund;

import java.util.Map;

import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.workers.invoice.RedLetterListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The tax platform reports that the buyer confirmed the red-letter confirmation of a
 * refund: the refund case is told by message {@code red-letter-confirmed} (correlation:
 * its caseId). Called again by {@code await-red-letter-confirmation} for a resumed case;
 * a second publication finds nobody waiting and expires.
 */
@Component
class RedLetterConfirmations implements RedLetterListener {

	static final String MESSAGE = "red-letter-confirmed";

	private static final Logger log = LoggerFactory.getLogger(RedLetterConfirmations.class);

	private final RefundRepository refunds;

	private final EngineGateway engine;

	RedLetterConfirmations(RefundRepository refunds, EngineGateway engine) {
		this.refunds = refunds;
		this.engine = engine;
	}

	@Override
	public void confirmed(String refundRef) {
		Long id = refundId(refundRef);
		Refund refund = (id == null) ? null : this.refunds.findById(id).orElse(null);
		if (refund == null || refund.getCaseId() == null) {
			// Not ours (or not opened): nothing to tell, and nothing to retry.
			log.warn("Red-letter confirmation of {} matches no refund case", refundRef);
			return;
		}
		this.engine.publishMessage(MESSAGE, refund.getCaseId(), Map.of());
		log.info("Red-letter confirmation of {} told to case {}", refundRef, refund.getCaseId());
	}

	static Long refundId(String refundRef) {
		if (refundRef == null || !refundRef.startsWith("refund-")) {
			return null;
		}
		try {
			return Long.valueOf(refundRef.substring("refund-".length()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
