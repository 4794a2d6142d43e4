package org.fairflow.workers.notification;

import java.util.Map;
import java.util.Optional;

import io.camunda.client.api.response.ActivatedJob;

/**
 * What the send workers read from a job: the case, the review round and the variables for
 * placeholders and the recipient.
 */
record NotificationJob(String caseId, int round, String elementId, String process, Map<String, Object> variables) {

	static NotificationJob of(ActivatedJob job) {
		Map<String, Object> variables = job.getVariablesAsMap();
		Object caseId = variables.get("caseId");
		if (caseId == null || caseId.toString().isBlank()) {
			// Without a case id there is no idempotency key, and a retry could send
			// twice.
			throw new IllegalStateException("Job " + job.getKey() + " at " + job.getElementId() + " has no caseId");
		}
		return new NotificationJob(caseId.toString(), round(variables.get("round")), job.getElementId(),
				job.getBpmnProcessId(), variables);
	}

	/** {@code round} starts at 1 and arrives as whatever number type the JSON gave. */
	private static int round(Object value) {
		if (value == null) {
			return 1;
		}
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return Integer.parseInt(value.toString().strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("Variable round is not a number: " + value, ex);
		}
	}

	/** The recipient variable's value, empty when missing or blank. */
	Optional<String> text(String variable) {
		Object value = this.variables.get(variable);
		return (value == null || value.toString().isBlank()) ? Optional.empty() : Optional.of(value.toString().strip());
	}

	/** Names the template in model-fault warnings. */
	String where() {
		return this.process + "/" + this.elementId;
	}

}
