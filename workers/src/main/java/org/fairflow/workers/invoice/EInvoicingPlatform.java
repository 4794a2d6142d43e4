package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The tax authority's e-invoicing platform (数电发票服务平台) or a service provider in front of
 * it, or a stand-in for it.
 *
 * <p>
 * {@link #issue(String, InvoiceRequest)} is idempotent per order reference where the
 * platform allows it, but callers must not count on that: when the outcome of a call is
 * unknown (timeout, crash after the call) they ask {@link #find(String)} before issuing
 * again ({@link Invoices} does). Implementations throw on a technical fault (platform
 * unreachable, rejected); the request is validated before it gets here.
 *
 * <p>
 * A red-letter invoice (红字发票) reverses part or all of an order's blue invoice, once per
 * refund reference. If the buyer has not booked (入账/抵扣) the blue invoice it is issued at
 * once ({@link RedLetterAnswer.State#ISSUED}); if it has, the platform opens a red-letter
 * confirmation (红字确认单) that the buyer must confirm within 72 hours
 * ({@link RedLetterAnswer.State#AWAITING_BUYER}, then {@code CONFIRMED} or
 * {@code LAPSED}); {@link #issueRedLetter(String)} issues a confirmed one. The platform
 * never reverses more than the blue total minus earlier reversals (and confirmations
 * still open): such a request, like issuing a lapsed one, is refused with
 * {@link RedLetterRefusedException}. The same rule for unknown outcomes holds: ask
 * {@link #findRedLetter(String)} first.
 */
public interface EInvoicingPlatform {

	/** Issues the invoice of an order, or returns the one issued before. */
	IssuedInvoice issue(String orderRef, InvoiceRequest request);

	/** The invoice the platform issued for an order, if any: for reconciliation. */
	Optional<IssuedInvoice> find(String orderRef);

	/**
	 * Reverses {@code amount} (positive, yuan) of the order's blue invoice for a refund,
	 * or returns what was done before for that refund.
	 * @throws RedLetterRefusedException no blue invoice, or more than is left to reverse
	 */
	RedLetterAnswer requestRedLetter(String refundRef, String orderRef, BigDecimal amount);

	/** The reversal of a refund as the platform knows it now: for reconciliation. */
	Optional<RedLetterAnswer> findRedLetter(String refundRef);

	/**
	 * Issues the red invoice of a confirmed confirmation, or returns the one issued
	 * before.
	 * @throws RedLetterRefusedException the confirmation lapsed
	 * @throws IllegalStateException nothing requested, or the buyer has not confirmed yet
	 */
	RedLetterAnswer issueRedLetter(String refundRef);

}
