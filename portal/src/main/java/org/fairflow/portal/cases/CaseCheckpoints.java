package org.fairflow.portal.cases;

import java.time.Instant;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import org.fairflow.portal.engine.EngineEpoch;
import org.fairflow.portal.engine.JobActivationListener;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every job that reaches the portal marks where its case stands, with the variables it
 * carries: the point a case restarts from after the in-memory engine is lost.
 */
@Component
class CaseCheckpoints implements JobActivationListener {

	private final CaseRecordRepository records;

	private final Variables variables;

	private final EngineEpoch epoch;

	CaseCheckpoints(CaseRecordRepository records, Variables variables, EngineEpoch epoch) {
		this.records = records;
		this.variables = variables;
		this.epoch = epoch;
	}

	@Override
	@Transactional
	public void activated(ActivatedJob job) {
		if (job.getKind() != JobKind.BPMN_ELEMENT) {
			return;
		}
		Object caseId = job.getVariablesAsMap().get("caseId");
		if (caseId == null) {
			return;
		}
		this.records.checkpoint(caseId.toString(), job.getElementId(), this.variables.write(job.getVariablesAsMap()),
				this.epoch.current(), job.getProcessInstanceKey(), Instant.now());
	}

}
