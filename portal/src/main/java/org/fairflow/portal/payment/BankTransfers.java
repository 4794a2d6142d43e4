package org.fairflow.portal.payment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment by bank transfer: the unit uploads its receipt for a pending order, and finance
 * confirms it in the inbox (process {@code bank-transfer-review}, business key = order
 * id).
 */
@Service
class BankTransfers {

	static final String FLOW = "bank-transfer-review";

	static final String FINANCE_GROUP = "finance";

	private final Orders orders;

	private final PaymentReceiptRepository receipts;

	private final Cases cases;

	private final UnitDirectory units;

	BankTransfers(Orders orders, PaymentReceiptRepository receipts, Cases cases, UnitDirectory units) {
		this.orders = orders;
		this.receipts = receipts;
		this.cases = cases;
		this.units = units;
	}

	/**
	 * Stores the receipt and opens the review case in one transaction: if the engine
	 * refuses, nothing is stored.
	 */
	@Transactional
	CaseRecord submit(Long unitId, Long orderId, ReceiptFile file, String username) {
		PaymentOrder order = this.orders.order(unitId, orderId);
		if (order.getStatus() != PaymentOrder.Status.PENDING) {
			throw new PaymentException("payment.receipt.notPending");
		}
		PaymentReceipt receipt = this.receipts.findById(orderId).orElseGet(() -> new PaymentReceipt(orderId));
		receipt.replace(file, username);
		this.receipts.save(receipt);
		UnitDirectory.RegisteredUnit unit = this.units.findById(unitId).orElseThrow();
		UnitDirectory.UnitContact contact = this.units.contact(unitId).orElseThrow();
		Map<String, Object> vars = new HashMap<>();
		vars.put("orderId", orderId);
		vars.put("unitId", unitId);
		vars.put("unitName", unit.nameZh());
		vars.put("unitNameEn", unit.nameEn());
		vars.put("language", contact.language());
		vars.put("amount", order.getTotal());
		vars.put("financeGroup", FINANCE_GROUP);
		vars.put("contactMobile", contact.mobile());
		vars.put("contactEmail", contact.email());
		CaseRecord record = this.cases
			.open(new NewCase(FLOW, String.valueOf(orderId), "银行转账 #" + orderId + " · " + unit.nameZh(),
					(unit.nameEn() == null || unit.nameEn().isBlank()) ? null
							: "Bank transfer #" + orderId + " · " + unit.nameEn(),
					"unit:" + unitId, unit.organisationId(), "TRANSFER_SUBMITTED", username, vars));
		order.transferSubmitted(record.getId());
		return record;
	}

	@Transactional(readOnly = true)
	Optional<PaymentReceipt> receipt(Long orderId) {
		return this.receipts.findById(orderId);
	}

}
