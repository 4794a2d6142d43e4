package org.fairflow.workers.invoice;

import org.springframework.jdbc.core.RowMapper;

/**
 * Reading an invoice back: {@code invoice_record} (fairflow's) and
 * {@code invoice_simulated} (the simulated platform's) keep it in the same columns.
 */
final class InvoiceRows {

	static final String COLUMNS = "order_ref, invoice_number, issue_date, amount_without_tax, tax_amount, total, "
			+ "verification_code, pdf";

	static final RowMapper<IssuedInvoice> INVOICE = (rs, i) -> new IssuedInvoice(rs.getString(1), rs.getString(2),
			rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
			rs.getBytes(8));

	private InvoiceRows() {
	}

}
