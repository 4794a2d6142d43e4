package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of paid badge upgrades (purpose UPGRADE): one per case, paid on the unit's
 * orders like badge fees; paying one publishes {@link UpgradePaid} instead of
 * {@code badge-paid}.
 */
@Service
class UpgradeCharges {

	private static final Logger log = LoggerFactory.getLogger(UpgradeCharges.class);

	private final PaymentItemRepository items;

	private final PaymentOrderRepository orders;

	private final Settlement settlement;

	UpgradeCharges(PaymentItemRepository items, PaymentOrderRepository orders, Settlement settlement) {
		this.items = items;
		this.orders = orders;
		this.settlement = settlement;
	}

	/**
	 * Makes sure the case owes the upgrade's fee: an open item is kept (asking twice is
	 * one item), a withdrawn one owes again.
	 * @throws PaymentException when the case's upgrade is paid already or waits for a
	 * refund
	 */
	@Transactional
	PaymentItem request(String caseId, Long personId, String personName, Long unitId, BigDecimal fee,
			String upgradeTo) {
		if (fee == null || fee.signum() <= 0) {
			throw new IllegalArgumentException("An upgrade item needs a positive fee, got " + fee);
		}
		Optional<PaymentItem> existing = this.items.findByCaseIdAndPurpose(caseId, PaymentItem.Purpose.UPGRADE);
		if (existing.isEmpty()) {
			return this.items.saveAndFlush(PaymentItem.upgrade(caseId, personId, personName, unitId,
					fee.setScale(2, java.math.RoundingMode.HALF_UP), upgradeTo));
		}
		PaymentItem item = existing.get();
		switch (item.getStatus()) {
			case OPEN -> {
				return item;
			}
			case WITHDRAWN -> {
				item.reopen(fee.setScale(2, java.math.RoundingMode.HALF_UP), upgradeTo);
				return item;
			}
			default -> throw new PaymentException("payment.upgrade.settled");
		}
	}

	/**
	 * The unit withdraws a pending upgrade: its open item leaves a pending order (which
	 * is recomputed, or cancelled when emptied) and is withdrawn. Refusals are answers,
	 * not exceptions, so the caller's transaction stays usable.
	 */
	@Transactional
	Payments.UpgradeWithdrawal withdraw(String caseId) {
		PaymentItem item = this.items.findByCaseIdAndPurpose(caseId, PaymentItem.Purpose.UPGRADE).orElse(null);
		if (item == null || item.getStatus() == PaymentItem.Status.WITHDRAWN) {
			return Payments.UpgradeWithdrawal.NOTHING_OPEN;
		}
		if (item.getStatus() != PaymentItem.Status.OPEN) {
			return Payments.UpgradeWithdrawal.PAID;
		}
		PaymentOrder order = (item.getOrderId() != null) ? this.orders.findById(item.getOrderId()).orElse(null) : null;
		if (order != null && order.getStatus() == PaymentOrder.Status.TRANSFER_SUBMITTED) {
			// Money may be on its way for it: finance decides first.
			return Payments.UpgradeWithdrawal.UNDER_TRANSFER;
		}
		item.status(PaymentItem.Status.WITHDRAWN);
		if (order != null) {
			item.leaveOrder();
			if (order.getStatus() == PaymentOrder.Status.PENDING) {
				this.settlement.recompute(order);
			}
		}
		log.info("Upgrade item {} of case {} withdrawn", item.getId(), caseId);
		return Payments.UpgradeWithdrawal.WITHDRAWN;
	}

	/**
	 * The badge ended cancelled or rejected: an open upgrade item is withdrawn as a badge
	 * fee would be (it stays under a transfer being checked: money may have come for it),
	 * a paid one becomes refundable.
	 */
	@Transactional
	void applicationEnded(String caseId) {
		this.items.findByCaseIdAndPurpose(caseId, PaymentItem.Purpose.UPGRADE).ifPresent(this.settlement::itemEnded);
	}

	@Transactional(readOnly = true)
	Optional<PaymentItem> of(String caseId) {
		return this.items.findByCaseIdAndPurpose(caseId, PaymentItem.Purpose.UPGRADE);
	}

}
