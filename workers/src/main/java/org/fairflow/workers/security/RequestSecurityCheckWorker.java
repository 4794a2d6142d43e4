package org.fairflow.workers.security;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Job type {@code request-security-check} ({@code Task_RequestSecurityCheck} of
 * badge-review): submits the person's identity to the {@link SecurityCheckService} and
 * returns at once; the answer comes back as the message {@code security-checked}, which
 * the portal publishes for the {@link SecurityCheckListener}.
 *
 * <p>
 * Reads {@code caseId}, {@code round} (1 when missing) and {@code personId}. With the
 * portal's {@link SecurityCheckRecords}, the identity is read by {@code personId} and an
 * answer already recorded for the case and round is handed to the
 * {@link SecurityCheckListener} again instead of asking the service a second time (how a
 * resumed case gets its answer back). Without it (the workers' own tests, a deployment of
 * the workers alone), the identity fields {@code personName}, {@code nationality},
 * {@code documentType}, {@code documentNumber}, {@code birthDate} come from the
 * variables.
 */
@Component
class RequestSecurityCheckWorker implements Worker {

	static final String JOB_TYPE = "request-security-check";

	private static final Logger log = LoggerFactory.getLogger(RequestSecurityCheckWorker.class);

	private final SecurityCheckService service;

	private final ObjectProvider<SecurityCheckRecords> records;

	private final ObjectProvider<SecurityCheckListener> listener;

	RequestSecurityCheckWorker(SecurityCheckService service, ObjectProvider<SecurityCheckRecords> records,
			ObjectProvider<SecurityCheckListener> listener) {
		this.service = service;
		this.records = records;
		this.listener = listener;
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
		SecurityCheckRecords known = this.records.getIfAvailable();
		SecurityCheckListener answers = this.listener.getIfAvailable();
		if (known != null && answers != null) {
			Optional<SecurityCheckAnswer> answer = known.knownAnswer(input.caseId(), round);
			if (answer.isPresent()) {
				log.info("Security check of case {} round {} was answered before; answering again", input.caseId(),
						round);
				answers.answered(answer.get());
				return Map.of();
			}
		}
		SecurityCheckRequest request = (known != null && input.personId() != null)
				? known.identity(input.personId(), input.caseId(), round)
					.orElseThrow(() -> new IllegalStateException("Task " + job.getElementId() + " of case "
							+ input.caseId() + ": no person " + input.personId() + " to check"))
				: new SecurityCheckRequest(input.caseId(), round, input.personName(), input.nationality(),
						input.documentType(), input.documentNumber(), input.birthDate());
		if (request.documentNumber() == null) {
			log.warn("Security check of case {} requested without a document number", input.caseId());
		}
		// A service fault propagates on purpose: the job fails and is retried.
		this.service.request(request);
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
