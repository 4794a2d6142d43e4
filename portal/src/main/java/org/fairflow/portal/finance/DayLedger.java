package org.fairflow.portal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.payment.Payments;

/**
 * One day's money per channel: paid in, paid back and what remains. Amounts are yuan with
 * 2 places; a payment line is positive, a refund line negative, so the lines of a channel
 * add up to its net. Methods the templates call are public: SpEL calls no other.
 */
final class DayLedger {

	/** The channels every reconciliation shows, even on a day without money. */
	static final List<String> CHANNELS = List.of("ONLINE", "TRANSFER");

	/** What a line is for a channel nobody named. */
	static final String UNKNOWN_CHANNEL = "UNKNOWN";

	enum Kind {

		PAYMENT, REFUND

	}

	/**
	 * One movement of money.
	 *
	 * @param amount with its sign: positive paid in, negative paid back
	 * @param refundId the refund of a REFUND line, else null
	 */
	record Line(Instant at, Long orderId, Long unitId, String channel, Kind kind, BigDecimal amount, Long refundId) {

		public String orderRef() {
			return "order-" + this.orderId;
		}

	}

	/**
	 * A channel's sums (or all channels').
	 *
	 * @param paid sum of the payments, positive
	 * @param refunded sum of the refunds, positive
	 */
	record Totals(String channel, int payments, BigDecimal paid, int refunds, BigDecimal refunded) {

		public BigDecimal net() {
			return this.paid.subtract(this.refunded);
		}

		private Totals add(Line line) {
			return (line.kind() == Kind.PAYMENT)
					? new Totals(this.channel, this.payments + 1, this.paid.add(line.amount()), this.refunds,
							this.refunded)
					: new Totals(this.channel, this.payments, this.paid, this.refunds + 1,
							this.refunded.subtract(line.amount()));
		}

		private static Totals empty(String channel) {
			return new Totals(channel, 0, zero(), 0, zero());
		}

	}

	static final String ALL = "ALL";

	private final List<Line> lines;

	private final List<Totals> channels;

	private final Totals total;

	private DayLedger(List<Line> lines) {
		this.lines = lines;
		Map<String, Totals> byChannel = new LinkedHashMap<>();
		CHANNELS.forEach((c) -> byChannel.put(c, Totals.empty(c)));
		Totals all = Totals.empty(ALL);
		for (Line line : lines) {
			byChannel.put(line.channel(),
					byChannel.getOrDefault(line.channel(), Totals.empty(line.channel())).add(line));
			all = all.add(line);
		}
		this.channels = List.copyOf(byChannel.values());
		this.total = all;
	}

	/** The ledger of the orders paid and the refunds paid back in one period. */
	static DayLedger of(Collection<Payments.OrderView> paid, Collection<Refunded> refunded) {
		List<Line> lines = new ArrayList<>();
		for (Payments.OrderView order : paid) {
			lines.add(new Line(order.paidAt(), order.id(), order.unitId(), channel(order.paidBy()), Kind.PAYMENT,
					money(order.total()), null));
		}
		for (Refunded refund : refunded) {
			// The SPI reports what went back as a positive amount; the ledger gives it
			// its sign.
			lines.add(new Line(refund.refundedAt(), refund.orderId(), refund.unitId(), channel(refund.channel()),
					Kind.REFUND, money(refund.amount()).negate(), refund.refundId()));
		}
		lines.sort(Comparator.comparing(Line::at, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Line::kind)
			.thenComparing(Line::orderId, Comparator.nullsLast(Comparator.naturalOrder())));
		return new DayLedger(List.copyOf(lines));
	}

	public List<Line> lines() {
		return this.lines;
	}

	/** ONLINE, TRANSFER, then any other channel a line named, in order of appearance. */
	public List<Totals> channels() {
		return this.channels;
	}

	public Totals total() {
		return this.total;
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	/**
	 * Yuan with 2 places. Orders and refunds are stored with 2 places already; a longer
	 * value from an implementation of the SPI is rounded half up once, here, so that
	 * every sum of the ledger is exact.
	 */
	static BigDecimal money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_UP) : zero();
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	private static String channel(String channel) {
		return (channel == null || channel.isBlank()) ? UNKNOWN_CHANNEL : channel;
	}

}
