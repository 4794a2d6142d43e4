package org.fairflow.portal.refund;

import java.util.Optional;

import org.fairflow.portal.payment.ReceiptFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A refund by bank transfer: finance pays at the bank, uploads the bank's receipt and
 * enters its reference; the task {@code Task_RecordBankRefund} completes only then.
 */
@Service
class BankRefunds {

	static final String TASK = "Task_RecordBankRefund";

	static final int MAX_REFERENCE = 100;

	private static final Logger log = LoggerFactory.getLogger(BankRefunds.class);

	private final RefundRepository refunds;

	private final BankRefundReceiptRepository receipts;

	BankRefunds(RefundRepository refunds, BankRefundReceiptRepository receipts) {
		this.refunds = refunds;
		this.receipts = receipts;
	}

	/** Stores (or replaces) the bank's receipt of a transfer refund. */
	@Transactional
	void upload(Long refundId, ReceiptFile file, String username) {
		Refund refund = this.refunds.findById(refundId).orElseThrow(RefundNotFoundException::new);
		if (!"TRANSFER".equals(refund.getChannel()) || refund.getState().finished()) {
			throw new RefundException("refund.bank.notNow");
		}
		BankRefundReceipt receipt = this.receipts.findById(refundId).orElseGet(() -> new BankRefundReceipt(refundId));
		receipt.replace(file, username);
		this.receipts.save(receipt);
		log.info("{} uploaded the bank receipt of refund {} ({})", username, refundId, file.contentType());
	}

	/**
	 * Records the bank's reference when finance completes the task with {@code recorded}.
	 * @return the cleaned reference
	 * @throws RefundException when no receipt is stored or the reference is missing
	 */
	@Transactional
	String record(Long refundId, String bankReference) {
		BankRefundReceipt receipt = this.receipts.findById(refundId)
			.orElseThrow(() -> new RefundException("refund.bank.receiptMissing"));
		String reference = (bankReference == null) ? "" : bankReference.strip();
		if (reference.isEmpty()) {
			throw new RefundException("refund.bank.referenceMissing");
		}
		if (reference.length() > MAX_REFERENCE) {
			throw new RefundException("refund.bank.referenceTooLong", MAX_REFERENCE);
		}
		receipt.bankReference(reference);
		return reference;
	}

	@Transactional(readOnly = true)
	Optional<BankRefundReceipt> receipt(Long refundId) {
		return this.receipts.findById(refundId);
	}

}
