package org.fairflow.portal.refund;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * Job type {@code pay-back} ({@code Task_PayBack} of refund): online refunds go back
 * through the gateway once ({@link Paybacks}); a transfer needs finance at the bank.
 * Output {@code paybackState} ({@code PAID_BACK} | {@code BANK_REFUND_NEEDED}) and
 * {@code paybackReference}.
 */
@Component
class PayBackWorker implements Worker {

	static final String JOB_TYPE = "pay-back";

	private final Paybacks paybacks;

	PayBackWorker(Paybacks paybacks) {
		this.paybacks = paybacks;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		if (input.refundId() == null) {
			// A model or start fault: the job fails, retries and ends as an incident.
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " needs refundId");
		}
		Paybacks.Outcome outcome = this.paybacks.payBack(input.refundId());
		Map<String, Object> output = new HashMap<>();
		output.put("paybackState", outcome.state());
		output.put("paybackReference", outcome.reference());
		return output;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(Long refundId) {
	}

}
