package org.fairflow.workers.invoice;

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
 * Red-letter invoices (红字发票, cancelling an issued invoice) are not part of this interface
 * yet; they come with refunds.
 */
public interface EInvoicingPlatform {

	/** Issues the invoice of an order, or returns the one issued before. */
	IssuedInvoice issue(String orderRef, InvoiceRequest request);

	/** The invoice the platform issued for an order, if any: for reconciliation. */
	Optional<IssuedInvoice> find(String orderRef);

}
