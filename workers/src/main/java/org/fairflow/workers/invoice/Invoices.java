package org.fairflow.workers.invoice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the one invoice of an order, effectively once.
 *
 * <p>
 * The side effect is recorded before it is attempted: the row of {@code invoice_record}
 * (status ATTEMPTING) is committed in its own transaction before the platform is called,
 * and completed (ISSUED) after. A call that finds its order ATTEMPTING does not know
 * whether the last call reached the platform (the worker died, the answer timed out), so
 * it asks {@link EInvoicingPlatform#find(String)} first and records what the platform
 * has; only when the platform has nothing is the invoice issued again. An ISSUED order
 * returns its recorded invoice and calls nothing: one invoice per order, whatever the
 * later request says (a correction is a red-letter invoice, not a second one).
 */
public class Invoices {

	private static final Logger log = LoggerFactory.getLogger(Invoices.class);

	private final JdbcTemplate jdbc;

	private final EInvoicingPlatform platform;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Invoices(JdbcTemplate jdbc, EInvoicingPlatform platform, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.platform = platform;
		this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
		// Committed before the call even when the caller has a transaction open.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * The invoice of the order: the recorded one, the one the platform reports, or a new
	 * one.
	 * @throws InvalidInvoiceRequest when the request is not valid (nothing recorded)
	 * @throws RuntimeException the platform's fault; the attempt stays recorded and the
	 * next call reconciles it
	 */
	public IssuedInvoice issue(String orderRef, InvoiceRequest request) {
		if (orderRef == null || orderRef.isBlank()) {
			throw new IllegalArgumentException("An invoice needs an order reference");
		}
		Optional<IssuedInvoice> recorded = recorded(orderRef);
		if (recorded.isPresent()) {
			log.info("Invoice of order {} is recorded ({}); not issued again", orderRef,
					recorded.get().invoiceNumber());
			return recorded.get();
		}
		List<String> problems = (request != null) ? request.problems() : List.of("invoice.request.required");
		if (!problems.isEmpty()) {
			throw new InvalidInvoiceRequest(problems);
		}
		if (!beginFirstAttempt(orderRef, request)) {
			// Not recorded as issued, but an attempt began before: its outcome is
			// unknown.
			Optional<IssuedInvoice> found = this.platform.find(orderRef);
			if (found.isPresent()) {
				log.warn("Invoice of order {} had an unknown outcome; the platform has {}: recorded, not issued again",
						orderRef, found.get().invoiceNumber());
				return record(found.get(), true);
			}
			beginNextAttempt(orderRef);
			log.info("Invoice of order {} had an unknown outcome and the platform has none: issuing again", orderRef);
		}
		IssuedInvoice issued = this.platform.issue(orderRef, request);
		return record(issued, false);
	}

	/** The recorded invoice of an order, PDF included; empty until it is issued. */
	public Optional<IssuedInvoice> recorded(String orderRef) {
		return this.jdbc
			.query("select " + InvoiceRows.COLUMNS + " from invoice_record where order_ref = ? and status = 'ISSUED'",
					InvoiceRows.INVOICE, orderRef)
			.stream()
			.findFirst();
	}

	/**
	 * The issued invoice of an order, PDF included; empty when the order has none (yet).
	 * The portal's billing and refund features read it to know whether an order is
	 * invoiced and to offer the PDF.
	 */
	public Optional<IssuedInvoice> issued(String orderRef) {
		return recorded(orderRef);
	}

	/**
	 * True when this call recorded the order's first attempt; false when one was there.
	 */
	private boolean beginFirstAttempt(String orderRef, InvoiceRequest request) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into invoice_record (order_ref, status, kind, buyer_kind, title, tax_number, attempts, "
							+ "attempt_started_at) values (?, 'ATTEMPTING', ?, ?, ?, ?, 1, ?)",
					orderRef, request.kind().name(), request.buyerKind().name(), request.title().strip(),
					request.taxNumber(), now()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void beginNextAttempt(String orderRef) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.update("update invoice_record set attempts = attempts + 1, attempt_started_at = ? "
					+ "where order_ref = ? and status = 'ATTEMPTING'", now(), orderRef));
	}

	private IssuedInvoice record(IssuedInvoice invoice, boolean reconciled) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"update invoice_record set status = 'ISSUED', invoice_number = ?, issue_date = ?, "
						+ "amount_without_tax = ?, tax_amount = ?, total = ?, verification_code = ?, pdf = ?, "
						+ "reconciled = ?, issued_at = ? where order_ref = ? and status = 'ATTEMPTING'",
				invoice.invoiceNumber(), Date.valueOf(invoice.issueDate()), invoice.amountWithoutTax(),
				invoice.taxAmount(), invoice.total(), invoice.verificationCode(), invoice.pdf(), reconciled, now(),
				invoice.orderRef()));
		log.info("Invoice {} of order {} recorded{}", invoice.invoiceNumber(), invoice.orderRef(),
				reconciled ? " (reconciled)" : "");
		return invoice;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
