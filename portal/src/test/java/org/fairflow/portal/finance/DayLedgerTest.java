package org.fairflow.portal.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fairflow.portal.payment.Payments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's sums per channel: exact decimals, refunds negative, nets paid minus refunded.
 */
class DayLedgerTest {

	private static final Instant NOON = Instant.parse("2030-03-01T04:00:00Z");

	private long ids = 100;

	@Test
	void sumsEachChannelExactlyAndSubtractsRefundsFromTheirChannel() {
		List<Payments.OrderView> paid = List.of(order("120.00", "ONLINE", 1), order("120.00", "ONLINE", 2),
				order("120.00", "ONLINE", 3), order("0.10", "TRANSFER", 4), order("0.10", "TRANSFER", 5),
				order("0.20", "TRANSFER", 6));
		List<Refunded> refunded = List.of(refund("120.00", "ONLINE", 7));

		DayLedger ledger = DayLedger.of(paid, refunded);

		DayLedger.Totals online = channel(ledger, "ONLINE");
		DayLedger.Totals transfer = channel(ledger, "TRANSFER");
		assertThat(online.payments()).isEqualTo(3);
		assertThat(online.paid()).isEqualTo(new BigDecimal("360.00"));
		assertThat(online.refunds()).isEqualTo(1);
		assertThat(online.refunded()).isEqualTo(new BigDecimal("120.00"));
		assertThat(online.net()).isEqualTo(new BigDecimal("240.00"));
		assertThat(transfer.payments()).isEqualTo(3);
		assertThat(transfer.paid()).isEqualTo(new BigDecimal("0.40"));
		assertThat(transfer.refunds()).isZero();
		assertThat(transfer.refunded()).isEqualTo(new BigDecimal("0.00"));
		assertThat(transfer.net()).isEqualTo(new BigDecimal("0.40"));
		assertThat(ledger.total().payments()).isEqualTo(6);
		assertThat(ledger.total().paid()).isEqualTo(new BigDecimal("360.40"));
		assertThat(ledger.total().refunded()).isEqualTo(new BigDecimal("120.00"));
		assertThat(ledger.total().net()).isEqualTo(new BigDecimal("240.40"));
	}

	@Test
	void aPaymentLineIsPositiveARefundLineNegativeAndTheLinesAddUpToTheNet() {
		DayLedger ledger = DayLedger.of(List.of(order("99.90", "ONLINE", 1)), List.of(refund("33.30", "ONLINE", 2)));

		assertThat(ledger.lines()).extracting(DayLedger.Line::kind)
			.containsExactly(DayLedger.Kind.PAYMENT, DayLedger.Kind.REFUND);
		assertThat(ledger.lines()).extracting(DayLedger.Line::amount)
			.containsExactly(new BigDecimal("99.90"), new BigDecimal("-33.30"));
		BigDecimal sum = ledger.lines().stream().map(DayLedger.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum).isEqualTo(ledger.total().net()).isEqualTo(new BigDecimal("66.60"));
	}

	@Test
	void linesAreInTheOrderTheMoneyMovedWhateverTheOrderTheyCameIn() {
		DayLedger ledger = DayLedger.of(List.of(order("10.00", "TRANSFER", 30), order("20.00", "ONLINE", 10)),
				List.of(refund("5.00", "ONLINE", 20)));

		assertThat(ledger.lines()).extracting(DayLedger.Line::amount)
			.containsExactly(new BigDecimal("20.00"), new BigDecimal("-5.00"), new BigDecimal("10.00"));
	}

	@Test
	void aDayWithoutMoneyShowsBothChannelsAtZero() {
		DayLedger ledger = DayLedger.of(List.of(), List.of());

		assertThat(ledger.isEmpty()).isTrue();
		assertThat(ledger.channels()).extracting(DayLedger.Totals::channel).containsExactly("ONLINE", "TRANSFER");
		assertThat(ledger.channels()).allSatisfy((t) -> {
			assertThat(t.paid()).isEqualTo(new BigDecimal("0.00"));
			assertThat(t.net()).isEqualTo(new BigDecimal("0.00"));
		});
		assertThat(ledger.total().net()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void aChannelNobodyExpectedGetsItsOwnRowAndIsStillInTheTotal() {
		DayLedger ledger = DayLedger.of(List.of(order("50.00", null, 1), order("1.00", "ONLINE", 2)),
				List.of(refund("2.00", "CASH", 3)));

		assertThat(ledger.channels()).extracting(DayLedger.Totals::channel)
			.containsExactly("ONLINE", "TRANSFER", "UNKNOWN", "CASH");
		assertThat(channel(ledger, "UNKNOWN").paid()).isEqualTo(new BigDecimal("50.00"));
		assertThat(channel(ledger, "CASH").refunded()).isEqualTo(new BigDecimal("2.00"));
		assertThat(ledger.total().net()).isEqualTo(new BigDecimal("49.00"));
	}

	@Test
	void amountsAreGivenTwoPlacesAndALongerRefundIsRoundedHalfUpOnce() {
		DayLedger ledger = DayLedger.of(List.of(order("100", "ONLINE", 1)),
				List.of(refund("0.005", "ONLINE", 2), refund("10.004", "ONLINE", 3), refund("0.015", "ONLINE", 4)));

		assertThat(ledger.lines()).extracting(DayLedger.Line::amount)
			.containsExactly(new BigDecimal("100.00"), new BigDecimal("-0.01"), new BigDecimal("-10.00"),
					new BigDecimal("-0.02"));
		assertThat(channel(ledger, "ONLINE").refunded()).isEqualTo(new BigDecimal("10.03"));
		assertThat(channel(ledger, "ONLINE").net()).isEqualTo(new BigDecimal("89.97"));
		assertThat(ledger.total().net().scale()).isEqualTo(2);
	}

	@Test
	void manySmallAmountsAddUpWithoutDrift() {
		List<Payments.OrderView> paid = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			paid.add(order("0.10", "TRANSFER", i));
		}

		DayLedger ledger = DayLedger.of(paid, List.of());

		assertThat(channel(ledger, "TRANSFER").paid()).isEqualTo(new BigDecimal("100.00"));
		assertThat(channel(ledger, "TRANSFER").payments()).isEqualTo(1000);
	}

	private static DayLedger.Totals channel(DayLedger ledger, String channel) {
		return ledger.channels().stream().filter((t) -> t.channel().equals(channel)).findFirst().orElseThrow();
	}

	private Payments.OrderView order(String total, String channel, int minute) {
		long id = this.ids++;
		Instant at = NOON.plusSeconds(60L * minute);
		return new Payments.OrderView(id, 7L, "PAID", new BigDecimal(total), at.minusSeconds(600), at, channel,
				"order-" + id + "-1", List.of());
	}

	private Refunded refund(String amount, String channel, int minute) {
		long id = this.ids++;
		return new Refunded(id, 1L, 7L, channel, new BigDecimal(amount), NOON.plusSeconds(60L * minute));
	}

}
