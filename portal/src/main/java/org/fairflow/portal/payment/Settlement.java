package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to items and orders when money arrives or fails, and when an application
 * ends before it is paid or after.
 */
@Service
class Settlement {

	private static final Logger log = LoggerFactory.getLogger(Settlement.class);

	private final PaymentItemRepository items;

	private final PaymentOrderRepository orders;

	private final BadgePaidMessages messages;

	private final ApplicationEventPublisher events;

	Settlement(PaymentItemRepository items, PaymentOrderRepository orders, BadgePaidMessages messages,
			ApplicationEventPublisher events) {
		this.items = items;
		this.orders = orders;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * Makes sure the case owes one item (request-payment). An item paid before is told to
	 * the case again, so a resumed case goes on.
	 */
	@Transactional
	PaymentItem ensureItem(String caseId, Long personId, String personName, Long unitId, BigDecimal fee) {
		PaymentItem item = this.items.findByCaseId(caseId)
			.orElseGet(() -> this.items.saveAndFlush(new PaymentItem(caseId, personId, personName, unitId, fee)));
		if (item.getStatus() == PaymentItem.Status.PAID) {
			this.messages.paid(item);
		}
		return item;
	}

	/**
	 * The order is paid (online, or finance confirmed the transfer): its open items are
	 * paid and their cases told; items withdrawn meanwhile become refundable. A repeated
	 * call changes nothing.
	 * @throws PaymentException if the order is cancelled
	 */
	@Transactional
	void paid(Long orderId, String how) {
		PaymentOrder order = this.orders.findById(orderId)
			.orElseThrow(() -> new PaymentException("payment.order.notPayable"));
		if (order.getStatus() == PaymentOrder.Status.PAID) {
			return;
		}
		if (!order.getStatus().live()) {
			throw new PaymentException("payment.order.notPayable");
		}
		order.paid(how);
		for (PaymentItem item : this.items.findByOrderIdOrderByIdAsc(orderId)) {
			if (item.getStatus() == PaymentItem.Status.OPEN) {
				item.status(PaymentItem.Status.PAID);
				if (item.isUpgrade()) {
					// The badge case does not wait for a message: badge switches the
					// rights.
					this.events.publishEvent(new UpgradePaid(item.getCaseId(), item.getId()));
				}
				else {
					this.messages.paid(item);
				}
			}
			else if (item.getStatus() == PaymentItem.Status.WITHDRAWN) {
				item.status(PaymentItem.Status.REFUNDABLE);
			}
		}
		log.info("Payment order {} paid ({})", orderId, how);
	}

	/** An online payment of the current attempt failed: the unit may try again. */
	@Transactional
	void onlineFailed(Long orderId, String reference) {
		this.orders.findById(orderId)
			.filter((order) -> order.getStatus() == PaymentOrder.Status.PENDING)
			.filter((order) -> order.paymentReference().equals(reference))
			.ifPresent(PaymentOrder::paymentFailed);
	}

	/**
	 * Finance rejected the receipt: pending again, without what was withdrawn meanwhile.
	 */
	@Transactional
	void transferRejected(Long orderId, String comment) {
		this.orders.findById(orderId)
			.filter((order) -> order.getStatus() == PaymentOrder.Status.TRANSFER_SUBMITTED)
			.ifPresent((order) -> {
				order.transferRejected(comment);
				this.items.findByOrderIdOrderByIdAsc(orderId)
					.stream()
					.filter((i) -> i.getStatus() != PaymentItem.Status.OPEN)
					.forEach(PaymentItem::leaveOrder);
				recompute(order);
			});
	}

	/**
	 * The application was cancelled or rejected: an unpaid item is withdrawn (and leaves
	 * a pending order), a paid one becomes refundable.
	 */
	@Transactional
	void applicationEnded(String caseId) {
		this.items.findByCaseId(caseId).ifPresent(this::itemEnded);
	}

	/**
	 * One item of an application that ended (a badge fee or an upgrade): unpaid, it is
	 * withdrawn and leaves a pending order; paid, it becomes refundable.
	 */
	void itemEnded(PaymentItem item) {
		if (item.getStatus() == PaymentItem.Status.PAID) {
			item.status(PaymentItem.Status.REFUNDABLE);
			return;
		}
		if (item.getStatus() != PaymentItem.Status.OPEN) {
			return;
		}
		item.status(PaymentItem.Status.WITHDRAWN);
		PaymentOrder order = (item.getOrderId() != null) ? this.orders.findById(item.getOrderId()).orElse(null) : null;
		// Under a transfer being reviewed the item stays: money may have come for it.
		if (order == null || order.getStatus() == PaymentOrder.Status.PENDING) {
			item.leaveOrder();
			if (order != null) {
				recompute(order);
			}
		}
	}

	/** A pending order without what left it: a new total, or cancelled when empty. */
	void recompute(PaymentOrder order) {
		this.items.flush();
		List<PaymentItem> open = this.items.findByOrderIdOrderByIdAsc(order.getId())
			.stream()
			.filter((i) -> i.getStatus() == PaymentItem.Status.OPEN)
			.toList();
		if (open.isEmpty()) {
			order.cancel();
		}
		else {
			order.total(this.items.openTotal(order.getId()));
		}
	}

}
