package org.fairflow.portal.payment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.workers.payment.PaymentListener;
import org.fairflow.workers.payment.PaymentSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The portal's side of the payment gateway: a paid session pays its order, a failed one
 * lets the unit try again. The gateway calls inside its own transaction, so a refusal
 * here (the order was cancelled) undoes the session's outcome as well.
 */
@Component
class OnlinePayments implements PaymentListener {

	private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);

	private static final Pattern REFERENCE = Pattern.compile("order-(\\d+)-\\d+");

	private final Settlement settlement;

	OnlinePayments(Settlement settlement) {
		this.settlement = settlement;
	}

	@Override
	public void paid(PaymentSession session) {
		Long orderId = orderId(session.reference())
			.orElseThrow(() -> new IllegalArgumentException("Not a payment order reference: " + session.reference()));
		this.settlement.paid(orderId, "ONLINE");
	}

	@Override
	public void failed(PaymentSession session) {
		orderId(session.reference()).ifPresentOrElse(
				(orderId) -> this.settlement.onlineFailed(orderId, session.reference()),
				() -> log.warn("Payment session {} failed for an unknown reference", session.sessionId()));
	}

	static Optional<Long> orderId(String reference) {
		Matcher matcher = REFERENCE.matcher((reference != null) ? reference : "");
		return matcher.matches() ? Optional.of(Long.valueOf(matcher.group(1))) : Optional.empty();
	}

}
