package org.fairflow.portal.payment;

import java.util.List;

import org.fairflow.workers.payment.SimulatedPaymentGateway;

import org.springframework.context.ApplicationContext;

/**
 * Drives the unit's payment steps for tests of other features (which cannot reach this
 * package's types): order items, pay online through the simulated gateway, submit a
 * transfer receipt.
 */
public final class PaymentDriver {

	private final Orders orders;

	private final BankTransfers transfers;

	private final SimulatedPaymentGateway simulation;

	private PaymentDriver(ApplicationContext context) {
		this.orders = context.getBean(Orders.class);
		this.transfers = context.getBean(BankTransfers.class);
		this.simulation = context.getBean(SimulatedPaymentGateway.class);
	}

	public static PaymentDriver of(ApplicationContext context) {
		return new PaymentDriver(context);
	}

	/** A pending order of these open items; returns its id. */
	public Long order(Long unitId, List<Long> itemIds) {
		return this.orders.create(unitId, itemIds, "liaison").getId();
	}

	/** Pays the pending order online (the simulated gateway reports success). */
	public void payOnline(Long unitId, Long orderId) {
		String url = this.orders.payOnline(unitId, orderId);
		if (!this.simulation.complete(url.substring(SimulatedPaymentGateway.PAGE.length()))) {
			throw new IllegalStateException("The simulated session of order " + orderId + " was not completed");
		}
	}

	/** Uploads a PDF receipt for the pending order; returns the transfer review case. */
	public String submitTransfer(Long unitId, Long orderId) {
		return this.transfers.submit(unitId, orderId, ReceiptFile.of("r.pdf", PaymentTestData.pdf()), "liaison")
			.getId();
	}

	/** The open items of the unit not on an order, as ids. */
	public List<Long> openItems(Long unitId) {
		return this.orders.openItems(unitId, 0).getContent().stream().map(PaymentItem::getId).toList();
	}

}
