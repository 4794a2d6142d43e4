package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount including tax split into net amount and VAT. The net amount is rounded and
 * the tax is what is left, so that net + tax is always exactly the amount paid: the payer
 * paid a total, and the invoice must show that total to the fen.
 *
 * @param net amount / (1 + rate), HALF_UP to 2 places
 * @param tax amount − net
 */
record TaxSplit(BigDecimal net, BigDecimal tax) {

	static final int SCALE = 2;

	static TaxSplit of(BigDecimal amountWithTax, BigDecimal rate) {
		BigDecimal amount = amountWithTax.setScale(SCALE, RoundingMode.HALF_UP);
		BigDecimal net = amount.divide(BigDecimal.ONE.add(rate), SCALE, RoundingMode.HALF_UP);
		return new TaxSplit(net, amount.subtract(net));
	}

}
