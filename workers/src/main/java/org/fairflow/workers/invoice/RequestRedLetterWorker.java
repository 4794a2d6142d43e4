package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * Job type {@code request-red-letter}: reverses {@code amount} (decimal string) of the
 * blue invoice {@code invoiceNumber} of {@code orderRef} for the refund {@code refundRef}
 * through {@link RedLetters}, at most once per refund.
 *
 * <p>
 * Output: {@code redLetterState} ({@code ISSUED} when the buyer had not booked the
 * invoice, {@code AWAITING_BUYER} when a confirmation waits for the buyer),
 * {@code redLetterNumber} (the red invoice's number, null while awaiting) and
 * {@code redLetterConfirmationId} (null when issued at once). A refusal by the platform
 * (no blue invoice, more than is left to reverse) is BPMN error {@value #REFUSED} whose
 * message names the reason; a platform fault fails the job, whose retry reconciles before
 * requesting again.
 */
@Component
class RequestRedLetterWorker implements Worker {

	static final String JOB_TYPE = "request-red-letter";

	/** BPMN error code of a refusal by the tax platform; the message is its reason. */
	static final String REFUSED = "RED_LETTER_REFUSED";

	private final RedLetters redLetters;

	RequestRedLetterWorker(RedLetters redLetters) {
		this.redLetters = redLetters;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		String refundRef = required(job, "refundRef", input.refundRef());
		String orderRef = required(job, "orderRef", input.orderRef());
		BigDecimal amount = amount(job, required(job, "amount", input.amount()));
		RedLetterAnswer answer;
		try {
			answer = this.redLetters.request(refundRef, orderRef, amount, input.invoiceNumber());
		}
		catch (RedLetterRefusedException ex) {
			throw new BusinessError(REFUSED, ex.reason() + ": " + ex.getMessage());
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("redLetterState", answer.state().name());
		result.put("redLetterNumber", answer.redLetterNumber());
		result.put("redLetterConfirmationId", answer.confirmationId());
		return result;
	}

	static String required(ActivatedJob job, String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " has no variable '" + name + "'");
		}
		return value.strip();
	}

	/** A model fault, not the payer's: the job fails and an incident shows it. */
	private static BigDecimal amount(ActivatedJob job, String amount) {
		try {
			BigDecimal value = new BigDecimal(amount);
			if (value.signum() > 0 && value.stripTrailingZeros().scale() <= TaxSplit.SCALE) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalStateException("Task " + job.getElementId() + " of " + job.getBpmnProcessId()
				+ ": variable 'amount' is not a positive amount with at most 2 decimals: " + amount);
	}

	/** {@code amount} as a string; a JSON number is read as its text. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String orderRef, String refundRef, String amount, String invoiceNumber) {
	}

}
