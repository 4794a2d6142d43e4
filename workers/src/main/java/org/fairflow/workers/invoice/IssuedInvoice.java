package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice as the tax platform issued it.
 *
 * @param orderRef the order it invoices; one invoice per order
 * @param invoiceNumber the platform's 20-digit number (发票号码)
 * @param issueDate the day of issue
 * @param amountWithoutTax the sum of the lines without tax, scale 2
 * @param taxAmount the VAT, scale 2; with {@code amountWithoutTax} exactly {@code total}
 * @param total the amount including tax, scale 2
 * @param verificationCode the code a reader checks the invoice with
 * @param pdf the invoice document
 */
public record IssuedInvoice(String orderRef, String invoiceNumber, LocalDate issueDate, BigDecimal amountWithoutTax,
		BigDecimal taxAmount, BigDecimal total, String verificationCode, byte[] pdf) {

	public IssuedInvoice {
		pdf = (pdf != null) ? pdf.clone() : new byte[0];
	}

	@Override
	public byte[] pdf() {
		return this.pdf.clone();
	}

	/** Without the document, which is no text for a log. */
	@Override
	public String toString() {
		return "IssuedInvoice[orderRef=" + this.orderRef + ", invoiceNumber=" + this.invoiceNumber + ", issueDate="
				+ this.issueDate + ", total=" + this.total + ", pdf=" + this.pdf.length + " bytes]";
	}

}
