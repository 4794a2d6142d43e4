package org.fairflow.workers.invoice;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * Job type {@code issue-invoice}: issues the invoice of {@code orderRef} for
 * {@code invoiceRequest} (an {@link InvoiceRequest}) through {@link Invoices}, at most
 * once per order.
 *
 * <p>
 * Output: {@code invoiceNumber}, {@code invoiceIssueDate} (ISO date),
 * {@code invoiceAmountWithoutTax}, {@code invoiceTaxAmount}, {@code invoiceTotal}
 * (decimal strings with 2 places: a JSON number would lose the trailing zeros) and
 * {@code invoiceVerificationCode}. The PDF stays in {@code invoice_record}, too large for
 * a variable. An invalid request is the payer's to correct: BPMN error
 * {@value #INVALID_REQUEST} whose message lists the message keys. A platform fault fails
 * the job, which the engine retries; the retry reconciles before issuing again.
 */
@Component
class IssueInvoiceWorker implements Worker {

	static final String JOB_TYPE = "issue-invoice";

	static final String INVALID_REQUEST = "INVOICE_REQUEST_INVALID";

	private final Invoices invoices;

	IssueInvoiceWorker(Invoices invoices) {
		this.invoices = invoices;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		if (input.orderRef() == null || input.orderRef().isBlank()) {
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " has no variable 'orderRef'");
		}
		IssuedInvoice invoice;
		try {
			invoice = this.invoices.issue(input.orderRef(), input.invoiceRequest());
		}
		catch (InvalidInvoiceRequest ex) {
			throw new BusinessError(INVALID_REQUEST, String.join(",", ex.problems()));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("invoiceNumber", invoice.invoiceNumber());
		result.put("invoiceIssueDate", invoice.issueDate().toString());
		result.put("invoiceAmountWithoutTax", invoice.amountWithoutTax().toPlainString());
		result.put("invoiceTaxAmount", invoice.taxAmount().toPlainString());
		result.put("invoiceTotal", invoice.total().toPlainString());
		result.put("invoiceVerificationCode", invoice.verificationCode());
		return result;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String orderRef, InvoiceRequest invoiceRequest) {
	}

}
