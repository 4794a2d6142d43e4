package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Job type {@code request-payment} ({@code Task_RequestPayment} of badge-review): the
 * person's fee becomes an open item the unit can put on an order. Idempotent: one item
 * per case; if it is paid already, {@code badge-paid} is published again so that a
 * resumed case goes on.
 */
@Component
class RequestPaymentWorker implements Worker {

	static final String JOB_TYPE = "request-payment";

	private final Settlement settlement;

	RequestPaymentWorker(Settlement settlement) {
		this.settlement = settlement;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		if (input.caseId() == null || input.caseId().isBlank() || input.unitId() == null || input.fee() == null
				|| input.fee().signum() <= 0) {
			// A model or start fault: the job fails, retries and ends as an incident.
			throw new IllegalStateException("Task " + job.getElementId() + " of " + job.getBpmnProcessId()
					+ " needs caseId, unitId and a positive fee; got " + input);
		}
		String name = (input.personName() != null) ? input.personName() : "#" + input.personId();
		try {
			this.settlement.ensureItem(input.caseId(), input.personId(), name, input.unitId(), input.fee());
		}
		catch (DataIntegrityViolationException ex) {
			// The same job ran twice at once; the other run stored the item.
			this.settlement.ensureItem(input.caseId(), input.personId(), name, input.unitId(), input.fee());
		}
		return Map.of();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String caseId, Integer round, Long personId, String personName, Long unitId, BigDecimal fee) {

		@Override
		public String toString() {
			return "Input[caseId=" + this.caseId + ", unitId=" + this.unitId + ", fee=" + this.fee + "]";
		}

	}

}
