package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fairflow.workers.payment.PaymentGateway;
import org.fairflow.workers.payment.PaymentRequest;
import org.fairflow.workers.payment.PaymentSession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** A unit's orders: choose open items, confirm, pay online or cancel. */
@Service
class Orders {

	static final int MAX_LINES = 200;

	private final PaymentItemRepository items;

	private final PaymentOrderRepository orders;

	private final PaymentGateway gateway;

	Orders(PaymentItemRepository items, PaymentOrderRepository orders, PaymentGateway gateway) {
		this.items = items;
		this.orders = orders;
		this.gateway = gateway;
	}

	@Transactional(readOnly = true)
	Page<PaymentItem> openItems(Long unitId, int page) {
		return this.items.findByUnitIdAndStatusAndOrderIdIsNull(unitId, PaymentItem.Status.OPEN,
				PageRequest.of(Math.max(0, page), 50, Sort.by("id")));
	}

	@Transactional(readOnly = true)
	List<PaymentItem> refundable(Long unitId) {
		return this.items.findByUnitIdAndStatusOrderByIdAsc(unitId, PaymentItem.Status.REFUNDABLE);
	}

	@Transactional(readOnly = true)
	Page<PaymentOrder> orders(Long unitId, int page) {
		return this.orders.findByUnitId(unitId,
				PageRequest.of(Math.max(0, page), 10, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
	}

	/** The unit's own order; another unit's is reported as not found. */
	@Transactional(readOnly = true)
	PaymentOrder order(Long unitId, Long orderId) {
		return this.orders.findByIdAndUnitId(orderId, unitId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Transactional(readOnly = true)
	List<PaymentItem> lines(Long orderId) {
		return this.items.findByOrderIdOrderByIdAsc(orderId);
	}

	/** What an order of these items would hold; nothing is stored. */
	@Transactional(readOnly = true)
	Preview preview(Long unitId, Collection<Long> itemIds) {
		Set<Long> ids = checked(itemIds);
		List<PaymentItem> chosen = this.items.findByUnitIdAndIdInOrderByIdAsc(unitId, ids)
			.stream()
			.filter((i) -> i.getStatus() == PaymentItem.Status.OPEN && i.getOrderId() == null)
			.toList();
		if (chosen.size() != ids.size()) {
			throw new PaymentException("payment.order.itemsTaken");
		}
		return new Preview(chosen, sum(chosen));
	}

	/**
	 * Creates a pending order of open items. Two requests for the same item: the
	 * conditional update lets one through; the other is refused and stores nothing.
	 */
	@Transactional
	PaymentOrder create(Long unitId, Collection<Long> itemIds, String username) {
		Set<Long> ids = checked(itemIds);
		PaymentOrder order = this.orders.saveAndFlush(new PaymentOrder(unitId, BigDecimal.ZERO, username));
		if (this.items.attach(order.getId(), unitId, ids, java.time.Instant.now()) != ids.size()) {
			throw new PaymentException("payment.order.itemsTaken");
		}
		PaymentOrder attached = this.orders.findById(order.getId()).orElseThrow();
		attached.total(this.items.openTotal(order.getId()));
		return attached;
	}

	@Transactional
	void cancel(Long unitId, Long orderId) {
		PaymentOrder order = order(unitId, orderId);
		if (order.getStatus() != PaymentOrder.Status.PENDING) {
			throw new PaymentException("payment.order.notCancellable");
		}
		lines(orderId).forEach(PaymentItem::leaveOrder);
		order.cancel();
	}

	/**
	 * Opens (or finds again) the gateway session of a pending order: where to send the
	 * payer.
	 */
	@Transactional
	String payOnline(Long unitId, Long orderId) {
		PaymentOrder order = order(unitId, orderId);
		if (order.getStatus() != PaymentOrder.Status.PENDING || order.getTotal().signum() <= 0) {
			throw new PaymentException("payment.order.notPayable");
		}
		PaymentSession session = this.gateway.open(new PaymentRequest(order.paymentReference(), order.getTotal(),
				"证件费订单 Badge fee order #" + order.getId(), "/payment/orders/" + order.getId()));
		order.sessionOpened(session.sessionId());
		return session.payUrl();
	}

	private static Set<Long> checked(Collection<Long> itemIds) {
		Set<Long> ids = (itemIds == null) ? Set.of() : new LinkedHashSet<>(itemIds);
		if (ids.isEmpty()) {
			throw new PaymentException("payment.order.noneSelected");
		}
		if (ids.size() > MAX_LINES) {
			throw new PaymentException("payment.order.tooMany", MAX_LINES);
		}
		return ids;
	}

	private static BigDecimal sum(List<PaymentItem> items) {
		return items.stream().map(PaymentItem::getFee).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	record Preview(List<PaymentItem> lines, BigDecimal total) {
	}

}
