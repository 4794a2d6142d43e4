package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the tax platform says about the red-letter reversal (红冲) of a refund.
 *
 * @param refundRef the refund it reverses for; one reversal per refund
 * @param orderRef the order whose blue invoice it reverses
 * @param blueInvoiceNumber the blue invoice's number
 * @param state where it stands
 * @param amount the amount reversed, positive, scale 2 (what was asked for)
 * @param confirmationId the red-letter confirmation's id (红字确认单编号) when the buyer had
 * booked the blue invoice; null when issued at once
 * @param openedAt when the confirmation was opened, or null
 * @param lapsesAt when it lapses without the buyer's confirmation (72 h after), or null
 * @param redLetterNumber the red invoice's number once issued, else null
 * @param issueDate its day of issue, else null
 * @param amountWithoutTax negative, scale 2, once issued
 * @param taxAmount negative, scale 2, once issued; with {@code amountWithoutTax} exactly
 * {@code total}
 * @param total negative, scale 2, once issued: minus {@code amount}
 * @param verificationCode the red invoice's code, once issued
 * @param pdf the red invoice's document, empty until issued
 */
public record RedLetterAnswer(String refundRef, String orderRef, String blueInvoiceNumber, State state,
		BigDecimal amount, String confirmationId, Instant openedAt, Instant lapsesAt, String redLetterNumber,
		LocalDate issueDate, BigDecimal amountWithoutTax, BigDecimal taxAmount, BigDecimal total,
		String verificationCode, byte[] pdf) {

	/** Where a reversal stands at the platform. */
	public enum State {

		/** The red invoice is issued: final. */
		ISSUED,
		/** A confirmation waits for the buyer (72 h). */
		AWAITING_BUYER,
		/** The buyer confirmed; the red invoice can be issued. */
		CONFIRMED,
		/** 72 h passed without the buyer's confirmation: void, final. */
		LAPSED

	}

	public RedLetterAnswer {
		pdf = (pdf != null) ? pdf.clone() : new byte[0];
	}

	@Override
	public byte[] pdf() {
		return this.pdf.clone();
	}

	/** Without the document, which is no text for a log. */
	@Override
	public String toString() {
		return "RedLetterAnswer[refundRef=" + this.refundRef + ", orderRef=" + this.orderRef + ", state=" + this.state
				+ ", amount=" + this.amount + ", confirmationId=" + this.confirmationId + ", redLetterNumber="
				+ this.redLetterNumber + ", total=" + this.total + ", pdf=" + this.pdf.length + " bytes]";
	}

}
