package org.fairflow.workers.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Job type {@code verify-credit-code}: asks the registry about the unit's credit code and
 * whether the registered category matches the one the unit declared. The decision table
 * then decides on automatic approval; this worker only reports.
 */
@Component
class VerifyCreditCodeWorker implements Worker {

	static final String JOB_TYPE = "verify-credit-code";

	private static final Logger log = LoggerFactory.getLogger(VerifyCreditCodeWorker.class);

	private final CreditRegistry registry;

	VerifyCreditCodeWorker(CreditRegistry registry) {
		this.registry = registry;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		// A registry fault propagates on purpose: the job fails and is retried with
		// back-off.
		Optional<RegistryEntry> entry = this.registry.lookup(input.creditCode());
		boolean verified = entry.map((found) -> found.registeredCategory().equals(input.unitCategory())).orElse(false);
		log.info("Credit code of case {}: registered={}, verified={}", input.caseId(), entry.isPresent(), verified);
		// HashMap, not Map.of: registryCategory is null when the code is unknown.
		Map<String, Object> result = new HashMap<>();
		result.put("creditVerified", verified);
		result.put("registryCategory", entry.map(RegistryEntry::registeredCategory).orElse(null));
		return result;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String caseId, String creditCode, String unitCategory) {
	}

}
