package org.fairflow.portal.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairflow.portal.export.Pages;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.invoice.Invoices;
import org.fairflow.workers.invoice.IssuedInvoice;
import org.fairflow.workers.invoice.RedLetterView;
import org.fairflow.workers.invoice.RedLetters;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the billing pages read: orders with their invoices, issued invoices, PDFs. */
@Service
@Transactional(readOnly = true)
class Billing {

	static final int FINANCE_PAGE_SIZE = 20;

	private static final int EXPORT_PAGE = 500;

	private final Payments payments;

	private final OrderInvoiceRepository invoices;

	private final Invoices issued;

	private final RedLetters redLetters;

	private final UnitDirectory units;

	Billing(Payments payments, OrderInvoiceRepository invoices, Invoices issued, RedLetters redLetters,
			UnitDirectory units) {
		this.payments = payments;
		this.invoices = invoices;
		this.issued = issued;
		this.redLetters = redLetters;
		this.units = units;
	}

	/** The unit's orders, newest first, each with its paid lines and its invoice. */
	Page<OrderRow> ordersOf(Long unitId, int page) {
		Page<Payments.OrderView> orders = this.payments.ordersOf(unitId, page);
		List<Long> ids = orders.getContent().stream().map(Payments.OrderView::id).toList();
		Map<Long, OrderInvoice> byOrder = ids.isEmpty() ? Map.of()
				: this.invoices.findByOrderIdIn(ids)
					.stream()
					.collect(Collectors.toMap(OrderInvoice::getOrderId, Function.identity()));
		return orders.map((o) -> new OrderRow(o, InvoiceLines.paid(o), InvoiceLines.refunded(o), InvoiceLines.kept(o),
				byOrder.get(o.id()), this.redLetters.forOrder(o.orderRef())));
	}

	/**
	 * Every order of the unit's billing page, in its order, a page at a time (a unit has
	 * few orders, so the page's own query serves).
	 */
	void exportOrdersOf(Long unitId, Consumer<OrderRow> sink) {
		Pages.each((number) -> ordersOf(unitId, number), sink);
	}

	/** The order's issued invoice as the platform recorded it. */
	Optional<byte[]> invoicePdf(Payments.OrderView order) {
		return this.issued.issued(order.orderRef()).map(IssuedInvoice::pdf).filter((pdf) -> pdf.length > 0);
	}

	/** A red-letter invoice (of a refund), with the order it reverses. */
	Optional<RedLetterView> redLetter(String refundRef) {
		return this.redLetters.find(refundRef);
	}

	Optional<byte[]> redLetterPdf(String refundRef) {
		return this.redLetters.pdf(refundRef).filter((pdf) -> pdf.length > 0);
	}

	/** Issued invoices, newest first, of one day (the issue date) or all. */
	Page<FinanceRow> issued(LocalDate day, int page) {
		Pageable pageable = PageRequest.of(Math.max(0, page), FINANCE_PAGE_SIZE,
				Sort.by(Sort.Direction.DESC, "issuedAt", "id"));
		Page<OrderInvoice> found = (day != null)
				? this.invoices.findByStatusAndIssueDate(OrderInvoice.Status.ISSUED, day, pageable)
				: this.invoices.findByStatus(OrderInvoice.Status.ISSUED, pageable);
		return found.map((i) -> new FinanceRow(i, this.units.findById(i.getUnitId()).orElse(null)));
	}

	/**
	 * Every issued invoice of finance's list (of one day, or all), newest first, a page
	 * at a time.
	 */
	void exportIssued(LocalDate day, Consumer<FinanceRow> sink) {
		Pages.each((number) -> {
			Pageable pageable = PageRequest.of(number, EXPORT_PAGE, Sort.by(Sort.Direction.DESC, "issuedAt", "id"));
			return ((day != null) ? this.invoices.findByStatusAndIssueDate(OrderInvoice.Status.ISSUED, day, pageable)
					: this.invoices.findByStatus(OrderInvoice.Status.ISSUED, pageable))
				.map((i) -> new FinanceRow(i, this.units.findById(i.getUnitId()).orElse(null)));
		}, sink);
	}

	/**
	 * One order on the unit's billing page.
	 *
	 * @param lines the lines paid and not refunded
	 * @param refunded the lines whose fee went back
	 * @param kept what the order keeps after refunds
	 * @param invoice its invoice request, or null when none was made
	 * @param redLetters the red-letter invoices that reverse (parts of) its invoice
	 */
	record OrderRow(Payments.OrderView order, List<Payments.OrderLine> lines, List<Payments.OrderLine> refunded,
			java.math.BigDecimal kept, OrderInvoice invoice, List<RedLetterView> redLetters) {

		/** PAID orders may be invoiced and refunded. */
		public boolean isPaid() {
			return "PAID".equals(this.order.status());
		}

	}

	/** One issued invoice on finance's page; {@code unit} null if it is gone. */
	record FinanceRow(OrderInvoice invoice, UnitDirectory.RegisteredUnit unit) {

	}

}
