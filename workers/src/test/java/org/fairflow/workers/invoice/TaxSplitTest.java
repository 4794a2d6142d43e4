package org.fairflow.workers.invoice;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaxSplitTest {

	@Test
	void splitsAnAmountWithTaxIntoNetAndTax() {
		TaxSplit split = TaxSplit.of(new BigDecimal("100.00"), new BigDecimal("0.06"));

		assertThat(split.net()).isEqualByComparingTo("94.34").hasScaleOf(2);
		assertThat(split.tax()).isEqualByComparingTo("5.66").hasScaleOf(2);
	}

	@Test
	void netAndTaxAlwaysSumToTheAmountExactly() {
		for (String rate : new String[] { "0", "0.01", "0.03", "0.06", "0.09", "0.13" }) {
			for (int fen = 1; fen <= 20_000; fen += 7) {
				BigDecimal amount = BigDecimal.valueOf(fen, 2);
				TaxSplit split = TaxSplit.of(amount, new BigDecimal(rate));
				assertThat(split.net().add(split.tax())).isEqualTo(amount);
				assertThat(split.tax().signum()).isNotNegative();
			}
		}
	}

}
