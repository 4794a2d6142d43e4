package org.fairflow.portal.cases;

import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.JobHeaders;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * {@code update-case-status}: the process tells the portal a new status. Headers
 * {@code status}, {@code event} and optional {@code commentFrom} (a variable holding the
 * comment) come from the BPMN. Idempotent: the history line is keyed by case, step and
 * round.
 */
@Component
class UpdateCaseStatusWorker implements Worker {

	private final Cases cases;

	UpdateCaseStatusWorker(Cases cases) {
		this.cases = cases;
	}

	@Override
	public String jobType() {
		return "update-case-status";
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Map<String, Object> vars = job.getVariablesAsMap();
		String caseId = String.valueOf(vars.get("caseId"));
		String commentFrom = JobHeaders.optional(job, "commentFrom", null);
		Object comment = (commentFrom != null) ? vars.get(commentFrom) : null;
		String dedupeKey = caseId + "/" + job.getElementId() + "/" + vars.getOrDefault("round", 1);
		this.cases.changeStatus(caseId, JobHeaders.required(job, "status"), job.getElementId(),
				JobHeaders.required(job, "event"), (comment != null) ? comment.toString() : null, dedupeKey);
		return Map.of();
	}

}
