package org.fairflow.portal.cases;

import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * {@code close-case}: the process-end execution listener. A closed case is final and is
 * not resumed after an engine restart.
 */
@Component
class CloseCaseWorker implements Worker {

	private final Cases cases;

	CloseCaseWorker(Cases cases) {
		this.cases = cases;
	}

	@Override
	public String jobType() {
		return "close-case";
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		this.cases.close(String.valueOf(job.getVariablesAsMap().get("caseId")));
		return Map.of();
	}

}
