package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * fairflow's record of a red-letter reversal, for the portal's pages. The PDF comes
 * separately ({@link RedLetters#pdf(String)}).
 *
 * @param refundRef the refund it belongs to
 * @param orderRef the order whose blue invoice it reverses
 * @param blueInvoiceNumber the blue invoice's number, when known
 * @param state ATTEMPTING (requested, outcome not yet recorded), AWAITING_BUYER, ISSUED
 * or LAPSED (awaiting, and 72 h have passed)
 * @param confirmationId the red-letter confirmation's id, or null
 * @param lapsesAt when the confirmation lapses, or null
 * @param redLetterNumber the red invoice's number once issued, else null
 * @param total the red invoice's total, negative, scale 2, once issued; else null
 * @param issueDate its day of issue, else null
 */
public record RedLetterView(String refundRef, String orderRef, String blueInvoiceNumber, String state,
		String confirmationId, Instant lapsesAt, String redLetterNumber, BigDecimal total, LocalDate issueDate) {
}
