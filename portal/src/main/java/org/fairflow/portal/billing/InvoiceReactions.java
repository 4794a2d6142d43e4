package org.fairflow.portal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fairflow.workers.invoice.InvoiceRequest;
import org.fairflow.workers.invoice.Invoices;
import org.fairflow.workers.invoice.IssuedInvoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the {@code invoice-request} cases: INVOICE_ISSUED records the invoice as the
 * platform issued it, INVOICE_REFUSED the reasons, so the payer can correct the request.
 * Runs inside the status change's transaction, so a failure here fails the status job,
 * which is retried.
 */
@Component
class InvoiceReactions {

	private static final Logger log = LoggerFactory.getLogger(InvoiceReactions.class);

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final OrderInvoiceRepository invoices;

	private final Invoices issued;

	private final Cases cases;

	InvoiceReactions(OrderInvoiceRepository invoices, Invoices issued, Cases cases) {
		this.invoices = invoices;
		this.issued = issued;
		this.cases = cases;
	}

	@EventListener
	void statusChanged(CaseStatusChanged event) {
		if (!InvoiceRequests.FLOW.equals(event.flow())) {
			return;
		}
		Optional<OrderInvoice> found = this.invoices.findByCaseId(event.caseId());
		if (found.isEmpty()) {
			// An earlier, refused case of the order: its request was replaced by a newer
			// one.
			log.info("Invoice case {} is no longer its order's current one; status {} ignored", event.caseId(),
					event.status());
			return;
		}
		OrderInvoice invoice = found.get();
		if ("INVOICE_ISSUED".equals(event.status())) {
			issued(invoice, event.caseId());
		}
		else if ("INVOICE_REFUSED".equals(event.status())) {
			String problems = comment(event.caseId(), "INVOICE_REFUSED");
			if (problems == null || problems.isBlank()) {
				problems = problemsOfRequest(event.caseId());
			}
			invoice.refused(problems, Instant.now());
			log.info("Invoice of order {} refused: {}", invoice.getOrderId(), invoice.getProblemKeys());
		}
	}

	private void issued(OrderInvoice invoice, String caseId) {
		String orderRef = "order-" + invoice.getOrderId();
		Optional<IssuedInvoice> recorded = this.issued.issued(orderRef);
		if (recorded.isPresent()) {
			IssuedInvoice i = recorded.get();
			invoice.issued(i.invoiceNumber(), i.issueDate(), i.amountWithoutTax(), i.taxAmount(), i.total(),
					Instant.now());
		}
		else {
			// The worker's output, as the case keeps it, when the record is not readable
			// here (another database for the workers).
			Map<String, Object> vars = this.cases.variables(caseId);
			invoice.issued(text(vars.get("invoiceNumber")), date(vars.get("invoiceIssueDate")),
					amount(vars.get("invoiceAmountWithoutTax")), amount(vars.get("invoiceTaxAmount")),
					amount(vars.get("invoiceTotal")), Instant.now());
		}
		log.info("Invoice {} of order {} issued", invoice.getInvoiceNumber(), invoice.getOrderId());
	}

	/** The comment the status line was recorded with (commentFrom invoiceProblems). */
	private String comment(String caseId, String event) {
		List<CaseEvent> history = this.cases.history(caseId);
		for (int i = history.size() - 1; i >= 0; i--) {
			if (event.equals(history.get(i).getEvent())) {
				return history.get(i).getComment();
			}
		}
		return null;
	}

	/**
	 * The reasons when the status line has none (the engine hands the error's message to
	 * the process only if the thrower passes it as a variable): the case's request
	 * checked again by the same rules the worker applied.
	 */
	private String problemsOfRequest(String caseId) {
		Object request = this.cases.variables(caseId).get("invoiceRequest");
		if (request == null) {
			return null;
		}
		try {
			return String.join(",", JSON.convertValue(request, InvoiceRequest.class).problems());
		}
		catch (IllegalArgumentException ex) {
			log.warn("Invoice case {}: its request cannot be read back ({})", caseId, ex.getMessage());
			return null;
		}
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

	private static LocalDate date(Object value) {
		return (value == null) ? null : LocalDate.parse(value.toString());
	}

	private static BigDecimal amount(Object value) {
		return (value == null) ? null : InvoiceRequests.scale2(new BigDecimal(value.toString()));
	}

}
