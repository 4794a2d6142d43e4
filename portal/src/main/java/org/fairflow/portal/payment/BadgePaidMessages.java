package org.fairflow.portal.payment;

import java.util.Map;

import org.fairflow.portal.engine.EngineGateway;

import org.springframework.stereotype.Component;

/**
 * Tells a badge-review case that its fee is paid (message {@code badge-paid}, correlation
 * key {@code caseId}). Kept for an hour, so a case that subscribes late (a re-run
 * request-payment, a resumed case) still gets it; one the case no longer waits for is
 * ignored by the engine.
 */
@Component
class BadgePaidMessages {

	static final String MESSAGE = "badge-paid";

	private final EngineGateway engine;

	BadgePaidMessages(EngineGateway engine) {
		this.engine = engine;
	}

	void paid(PaymentItem item) {
		this.engine.publishMessage(MESSAGE, item.getCaseId(),
				(item.getOrderId() != null) ? Map.of("paymentOrderId", item.getOrderId()) : Map.of());
	}

}
