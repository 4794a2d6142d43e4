package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask about payments. */
@Service
public class Payments {

	private final PaymentItemRepository items;

	private final PaymentOrderRepository orders;

	private final UpgradeCharges upgrades;

	Payments(PaymentItemRepository items, PaymentOrderRepository orders, UpgradeCharges upgrades) {
		this.items = items;
		this.orders = orders;
		this.upgrades = upgrades;
	}

	/**
	 * The unit owes the fee of a badge upgrade: an open item (purpose UPGRADE) it pays on
	 * /payment like a badge fee. Asking again keeps the one item; a withdrawn one owes
	 * again. When it is paid, {@link UpgradePaid} is published.
	 * @param upgradeTo the new badge type's name, shown on the order line
	 * @return the item
	 * @throws IllegalStateException when the case's upgrade fee is paid already
	 */
	@Transactional
	public UpgradeItem requestUpgrade(String caseId, Long personId, String personName, Long unitId, BigDecimal fee,
			String upgradeTo) {
		try {
			return upgradeItem(this.upgrades.request(caseId, personId, personName, unitId, fee, upgradeTo));
		}
		catch (PaymentException ex) {
			throw new IllegalStateException("The upgrade of case " + caseId + " is paid already", ex);
		}
	}

	/**
	 * Withdraws the case's open upgrade item (it leaves a pending order, which is
	 * recomputed or cancelled when emptied).
	 */
	@Transactional
	public UpgradeWithdrawal withdrawUpgrade(String caseId) {
		return this.upgrades.withdraw(caseId);
	}

	/** The case's upgrade item, if an upgrade with a fee was asked for. */
	@Transactional(readOnly = true)
	public Optional<UpgradeItem> upgradeOf(String caseId) {
		return this.upgrades.of(caseId).map(Payments::upgradeItem);
	}

	private static UpgradeItem upgradeItem(PaymentItem item) {
		return new UpgradeItem(item.getId(), item.getCaseId(), item.getFee(), item.getUpgradeTo(),
				item.getStatus().name(), item.getOrderId());
	}

	/**
	 * The fee item of a badge upgrade.
	 *
	 * @param status as {@link #statusOf(String)}
	 * @param orderId the order it is on, or null
	 */
	public record UpgradeItem(Long itemId, String caseId, BigDecimal fee, String upgradeTo, String status,
			Long orderId) {

	}

	/** What {@link #withdrawUpgrade(String)} did. */
	public enum UpgradeWithdrawal {

		/** The open item is withdrawn. */
		WITHDRAWN,
		/** There was no open item (none, or withdrawn before): nothing changed. */
		NOTHING_OPEN,
		/** The item is paid (or to be refunded): too late to withdraw. */
		PAID,
		/** Finance is checking a transfer that may pay it: not now. */
		UNDER_TRANSFER

	}

	/** An order with its lines, as billing, refunds and finance read it. */
	@Transactional(readOnly = true)
	public Optional<OrderView> order(Long orderId) {
		return this.orders.findById(orderId).map(this::view);
	}

	/** A unit's orders, newest first, ten to a page. */
	@Transactional(readOnly = true)
	public Page<OrderView> ordersOf(Long unitId, int page) {
		return this.orders
			.findByUnitId(unitId,
					PageRequest.of(Math.max(0, page), 10, Sort.by(Sort.Direction.DESC, "createdAt", "id")))
			.map(this::view);
	}

	/** Orders paid in {@code [from, to)}, oldest first: what came in, per channel. */
	@Transactional(readOnly = true)
	public List<OrderView> paidBetween(Instant from, Instant to) {
		return this.orders
			.findByStatusAndPaidAtGreaterThanEqualAndPaidAtLessThanOrderByPaidAtAscIdAsc(PaymentOrder.Status.PAID, from,
					to)
			.stream()
			.map(this::view)
			.toList();
	}

	private OrderView view(PaymentOrder order) {
		List<OrderLine> lines = this.items.findByOrderIdOrderByIdAsc(order.getId())
			.stream()
			.map((i) -> new OrderLine(i.getId(), i.getCaseId(), i.getPersonId(), i.getPersonName(), i.getFee(),
					i.getStatus().name()))
			.toList();
		return new OrderView(order.getId(), order.getUnitId(), order.getStatus().name(), order.getTotal(),
				order.getCreatedAt(), order.getPaidAt(), order.getPaidBy(), order.getSessionId(), lines);
	}

	/**
	 * An order as other features see it.
	 *
	 * @param status PENDING, TRANSFER_SUBMITTED, PAID or CANCELLED
	 * @param paidBy ONLINE or TRANSFER once paid
	 * @param sessionId the gateway session of an online payment (for a payback)
	 */
	public record OrderView(Long id, Long unitId, String status, BigDecimal total, Instant createdAt, Instant paidAt,
			String paidBy, String sessionId, List<OrderLine> lines) {

		/** The payment gateway's and invoice platform's reference of the order. */
		public String orderRef() {
			return "order-" + this.id;
		}

	}

	/** One person's fee on an order; status as {@link #statusOf(String)}. */
	public record OrderLine(Long itemId, String caseId, Long personId, String personName, BigDecimal fee,
			String status) {

	}

	/**
	 * The payment status of a badge-review case: {@code OPEN}, {@code PAID},
	 * {@code WITHDRAWN} or {@code REFUNDABLE}; empty while nothing is owed (free badge,
	 * or payment not requested yet).
	 */
	@Transactional(readOnly = true)
	public Optional<String> statusOf(String caseId) {
		return this.items.findByCaseId(caseId).map((item) -> item.getStatus().name());
	}

	/**
	 * A refund of these items of the order was paid back: they become REFUNDED (a
	 * repeated call changes nothing). Runs in the caller's transaction.
	 * @return how many items changed now
	 */
	@Transactional
	public int refunded(Long orderId, java.util.Collection<Long> itemIds) {
		int changed = 0;
		for (PaymentItem item : this.items.findByOrderIdOrderByIdAsc(orderId)) {
			if (itemIds.contains(item.getId()) && (item.getStatus() == PaymentItem.Status.PAID
					|| item.getStatus() == PaymentItem.Status.REFUNDABLE)) {
				item.status(PaymentItem.Status.REFUNDED);
				changed++;
			}
		}
		return changed;
	}

	/** Whether the case's fee sits on an order that waits for payment. */
	@Transactional(readOnly = true)
	public boolean onOrder(String caseId) {
		return this.items.findByCaseId(caseId)
			.map((item) -> item.getStatus() == PaymentItem.Status.OPEN && item.getOrderId() != null)
			.orElse(false);
	}

}
