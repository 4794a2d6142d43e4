package org.fairflow.portal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import org.fairflow.portal.payment.Payments;
import org.fairflow.workers.invoice.InvoiceRequest;

/**
 * The lines of an order's invoice: one per person paid for and not refunded, the badge
 * fee exactly as charged (scale 2). With the lines refunded before the invoice they add
 * up to the order's total.
 */
final class InvoiceLines {

	/**
	 * VAT on exhibition services (会展服务, a modern service): 6 %. Fixed here rather than
	 * per line because every line of an order is a badge fee.
	 */
	static final BigDecimal TAX_RATE = new BigDecimal("0.06");

	/**
	 * Items that were paid on the order. A withdrawn item left the order before it was
	 * paid (its fee is not in the total); a refundable one was paid and stays invoiced
	 * until a red-letter invoice reverses it.
	 */
	private static final Set<String> PAID_STATUSES = Set.of("PAID", "REFUNDABLE");

	private InvoiceLines() {
	}

	static List<Payments.OrderLine> paid(Payments.OrderView order) {
		return order.lines().stream().filter((l) -> PAID_STATUSES.contains(l.status())).toList();
	}

	/** Lines whose fee went back before any invoice: not invoiced. */
	static List<Payments.OrderLine> refunded(Payments.OrderView order) {
		return order.lines().stream().filter((l) -> "REFUNDED".equals(l.status())).toList();
	}

	/** What the order keeps: its total less what was refunded. */
	static BigDecimal kept(Payments.OrderView order) {
		BigDecimal back = refunded(order).stream()
			.map(Payments.OrderLine::fee)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return money(order.total().subtract(back));
	}

	static List<InvoiceRequest.Line> of(Payments.OrderView order) {
		return paid(order).stream()
			.map((l) -> new InvoiceRequest.Line("证件费 Badge fee（" + l.personName() + "）", money(l.fee()), TAX_RATE))
			.toList();
	}

	static BigDecimal sum(List<InvoiceRequest.Line> lines) {
		return money(lines.stream().map(InvoiceRequest.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/**
	 * Scale 2 without rounding anything away: a fee is never finer than a fen, and if one
	 * were, this fails rather than invoicing another amount.
	 */
	static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

}
