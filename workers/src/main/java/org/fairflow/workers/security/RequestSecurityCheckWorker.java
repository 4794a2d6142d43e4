package org.fairflow.workers.security;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Job type {@code request-security-check} ({@code Task_RequestSecurityCheck} of
 * badge-review): submits the person's identity to the {@link SecurityCheckService} and
 * returns at once; the answer comes back as the message {@code security-checked}, which
 * the portal publishes for the {@link SecurityCheckListener}.
 *
 * <p>
 * Reads {@code caseId}, {@code round} (1 when missing) and {@code personName}, and the
 * identity fields {@code nationality}, {@code documentType}, {@code documentNumber},
 * {@code birthDate} when the process carries them. The badge-review contract does not put
 * them among the start variables (it says they are read by {@code personId}); until the
 * portal sets them, the check gets null for each missing field.
 */
@Component
class RequestSecurityCheckWorker implements Worker {

	static final String JOB_TYPE = "request-security-check";

	private static final Logger log = LoggerFactory.getLogger(RequestSecurityCheckWorker.class);

	private final SecurityCheckService service;

	RequestSecurityCheckWorker(SecurityCheckService service) {
		this.service = service;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		if (input.caseId() == null || input.caseId().isBlank()) {
			throw new IllegalStateException(
					"Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " has no variable 'caseId'");
		}
		int round = (input.round() != null) ? input.round() : 1;
		if (input.documentNumber() == null) {
			log.warn("Security check of case {} requested without a document number (variable documentNumber missing)",
					input.caseId());
		}
		// A service fault propagates on purpose: the job fails and is retried.
		this.service.request(new SecurityCheckRequest(input.caseId(), round, input.personName(), input.nationality(),
				input.documentType(), input.documentNumber(), input.birthDate()));
		return Map.of();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String caseId, Integer round, String personId, String personName, String nationality,
			String documentType, String documentNumber, String birthDate) {

		@Override
		public String toString() {
			return "Input[caseId=" + this.caseId + ", round=" + this.round + "]";
		}

	}

}
