package org.fairflow.portal.refund;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.FlowView;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.invoice.RedLetters;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refund as finance sees it in its tasks ({@code refund-review},
 * {@code bank-refund}): lines with how each badge ended, amount, channel, invoice and
 * red-letter state, the exchange-rate note; for a bank refund the receipt upload and the
 * bank's reference.
 */
@Component
class RefundView implements FlowView {

	private final RefundRepository refunds;

	private final RefundLineRepository lines;

	private final PaybackRepository paybacks;

	private final BankRefunds bankRefunds;

	private final UnitDirectory units;

	private final Cases cases;

	private final RedLetters redLetters;

	RefundView(RefundRepository refunds, RefundLineRepository lines, PaybackRepository paybacks,
			BankRefunds bankRefunds, UnitDirectory units, Cases cases, RedLetters redLetters) {
		this.refunds = refunds;
		this.lines = lines;
		this.paybacks = paybacks;
		this.bankRefunds = bankRefunds;
		this.units = units;
		this.cases = cases;
		this.redLetters = redLetters;
	}

	@Override
	public String flow() {
		return RefundRequests.FLOW;
	}

	@Override
	public Set<String> formKeys() {
		return Set.of("refund-review", "bank-refund");
	}

	@Override
	public String template() {
		return "refund/task";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Long id = parse(businessKey);
		if (id == null) {
			return model;
		}
		this.refunds.findById(id).ifPresent((refund) -> {
			model.put("refund", refund);
			model.put("refundLines", this.lines.findByRefundIdOrderByIdAsc(id));
			model.put("refundUnitName",
					this.units.findById(refund.getUnitId())
						.map((u) -> u.name(locale))
						.orElse("#" + refund.getUnitId()));
			model.put("refundRedLetter", this.redLetters.find(refund.reference()).orElse(null));
			model.put("refundPayback", this.paybacks.findById(id).orElse(null));
			model.put("refundBankReceipt", this.bankRefunds.receipt(id).orElse(null));
			boolean bankStep = refund.getCaseId() != null && this.cases.find(refund.getCaseId())
				.map((c) -> BankRefunds.TASK.equals(c.getCheckpointElement()))
				.orElse(false);
			model.put("refundBankStep", bankStep);
			model.put("decisionInputs", bankStep);
			model.put("maxReceiptMb", org.fairflow.portal.payment.ReceiptFile.MAX_BYTES / 1024 / 1024);
		});
		return model;
	}

	/**
	 * {@code recorded} (the bank refund) needs the bank's receipt stored and its
	 * reference: finance cannot confirm money it has no proof of.
	 */
	@Override
	public Map<String, Object> onDecision(String caseId, String businessKey, int round, String decision,
			Map<String, String> parameters, PortalUser user) {
		if (!"recorded".equals(decision)) {
			return Map.of();
		}
		Long id = parse(businessKey);
		if (id == null) {
			throw new DecisionException("refund.bank.receiptMissing");
		}
		try {
			return Map.of("bankRefundReference", this.bankRefunds.record(id, parameters.get("bankReference")));
		}
		catch (RefundException ex) {
			throw new DecisionException(ex.messageKey(), ex.arguments());
		}
	}

	private static Long parse(String businessKey) {
		try {
			return Long.valueOf(businessKey);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
