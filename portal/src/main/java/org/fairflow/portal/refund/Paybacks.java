package org.fairflow.portal.refund;

import java.util.Optional;

import org.fairflow.portal.payment.Payments;
import org.fairflow.workers.payment.PaymentGateway;
import org.fairflow.workers.payment.RefundRefusedException;
import org.fairflow.workers.payment.RefundRequest;
import org.fairflow.workers.payment.RefundResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays a refund back. Online: the attempt is recorded (ATTEMPTING) and committed before
 * the gateway is called, and an attempt that finds the row still ATTEMPTING (the last
 * call's outcome was never seen) asks the gateway's records first: money goes back once.
 * A transfer is paid back by finance at the bank (task {@code Task_RecordBankRefund}).
 */
@Service
class Paybacks {

	static final String PAID_BACK = "PAID_BACK";

	static final String BANK_REFUND_NEEDED = "BANK_REFUND_NEEDED";

	private static final Logger log = LoggerFactory.getLogger(Paybacks.class);

	private final RefundRepository refunds;

	private final PaybackRepository paybacks;

	private final Payments payments;

	private final PaymentGateway gateway;

	private final TransactionTemplate transactions;

	Paybacks(RefundRepository refunds, PaybackRepository paybacks, Payments payments, PaymentGateway gateway,
			PlatformTransactionManager transactionManager) {
		this.refunds = refunds;
		this.paybacks = paybacks;
		this.payments = payments;
		this.gateway = gateway;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What the process is told: {@code paybackState} and {@code paybackReference}. */
	record Outcome(String state, String reference) {
	}

	/** Not inside a transaction: the gateway is never called with a transaction open. */
	Outcome payBack(Long refundId) {
		Refund refund = this.refunds.findById(refundId)
			.orElseThrow(() -> new IllegalStateException("No refund request " + refundId));
		if ("TRANSFER".equals(refund.getChannel())) {
			return new Outcome(BANK_REFUND_NEEDED, null);
		}
		String reference = refund.reference();
		Attempt attempt = begin(refund);
		if (attempt.done()) {
			return new Outcome(PAID_BACK, reference);
		}
		if (attempt.unknownBefore()) {
			Optional<RefundResult> found = this.gateway.findRefund(reference);
			if (found.isPresent()) {
				record(refundId, found.get(), true);
				log.info("Payback {} had an unknown outcome; the gateway has it: recorded, not paid again", reference);
				return new Outcome(PAID_BACK, reference);
			}
			log.info("Payback {} had an unknown outcome and the gateway has none: paying back", reference);
		}
		String sessionId = this.payments.order(refund.getOrderId())
			.map(Payments.OrderView::sessionId)
			.orElseThrow(() -> new IllegalStateException("Refund " + refundId + ": order has no gateway session"));
		RefundResult result;
		try {
			result = this.gateway.refund(new RefundRequest(reference, sessionId, refund.getAmount()));
		}
		catch (RefundRefusedException ex) {
			// Nothing went back. Not a business outcome of the model (no BPMN error in
			// the
			// contract): the job fails with the gateway's reason and ends as an incident
			// finance sees, after its retries, which ask the gateway again first.
			this.transactions.executeWithoutResult((tx) -> this.paybacks.lockByRefundId(refundId)
				.ifPresent((p) -> p.failed("refused: " + ex.reason())));
			throw new IllegalStateException("The payment gateway refused payback " + reference + ": " + ex.reason());
		}
		record(refundId, result, false);
		log.info("Payback {} paid back {} yuan", reference, refund.getAmount());
		return new Outcome(PAID_BACK, reference);
	}

	private record Attempt(boolean done, boolean unknownBefore) {
	}

	/** Records the attempt and commits it before the gateway is called. */
	private Attempt begin(Refund refund) {
		try {
			return this.transactions.execute((tx) -> {
				Optional<Payback> existing = this.paybacks.lockByRefundId(refund.getId());
				if (existing.isPresent()) {
					Payback payback = existing.get();
					if (payback.isPaidBack()) {
						return new Attempt(true, false);
					}
					payback.attemptAgain();
					return new Attempt(false, true);
				}
				this.paybacks.saveAndFlush(new Payback(refund.getId(), refund.reference(), refund.getAmount()));
				return new Attempt(false, false);
			});
		}
		catch (DataIntegrityViolationException ex) {
			// The same job ran twice at once and the other run recorded its attempt: it
			// may
			// be at the gateway now. Fail this run; its retry reconciles.
			throw new IllegalStateException("Payback " + refund.reference() + " is being attempted by another run");
		}
	}

	private void record(Long refundId, RefundResult result, boolean reconciled) {
		this.transactions.executeWithoutResult((tx) -> this.paybacks.lockByRefundId(refundId)
			.ifPresent((p) -> p.paidBack(result.refundedAt(), reconciled)));
	}

}
