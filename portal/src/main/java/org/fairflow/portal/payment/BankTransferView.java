package org.fairflow.portal.payment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.tasks.FlowView;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order inside finance's task: unit, lines, total and a link to the receipt. */
@Component
class BankTransferView implements FlowView {

	private final PaymentOrderRepository orders;

	private final PaymentItemRepository items;

	private final PaymentReceiptRepository receipts;

	private final UnitDirectory units;

	BankTransferView(PaymentOrderRepository orders, PaymentItemRepository items, PaymentReceiptRepository receipts,
			UnitDirectory units) {
		this.orders = orders;
		this.items = items;
		this.receipts = receipts;
		this.units = units;
	}

	@Override
	public String flow() {
		return BankTransfers.FLOW;
	}

	@Override
	public Set<String> formKeys() {
		return Set.of("bank-transfer-review");
	}

	@Override
	public String template() {
		return "payment/transfer";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		this.orders.findById(Long.valueOf(businessKey)).ifPresent((order) -> {
			model.put("paymentOrder", order);
			model.put("paymentLines", this.items.findByOrderIdOrderByIdAsc(order.getId()));
			model.put("paymentUnitName",
					this.units.findById(order.getUnitId()).map((u) -> u.name(locale)).orElse("#" + order.getUnitId()));
			model.put("paymentReceipt", this.receipts.existsById(order.getId()));
		});
		return model;
	}

}
