package org.fairflow.portal.cases;

import java.time.Duration;
import java.time.Instant;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import org.fairflow.portal.engine.EngineEpoch;
import org.fairflow.portal.engine.JobActivationListener;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every job that reaches the portal marks where its case stands, with the variables it
 * carries: the point a case restarts from after the in-memory engine is lost. It is also
 * appended to the case's trail of steps ({@code case_step}), which diagrams show as done.
 *
 * <p>
 * A case's first job can arrive while the transaction that opened the case (and started
 * its instance) is still committing. Such a job waits here a moment for the case row
 * instead of failing and waiting for its retry back-off: the first step of every new case
 * would otherwise be delayed.
 */
@Component
class CaseCheckpoints implements JobActivationListener {

	private final CaseRecordRepository records;

	private final CaseStepRepository steps;

	private final Variables variables;

	static final Duration WAIT_FOR_OPENING = Duration.ofSeconds(3);

	private static final long POLL_MILLIS = 50;

	private final EngineEpoch epoch;

	private final TransactionTemplate transactions;

	CaseCheckpoints(CaseRecordRepository records, CaseStepRepository steps, Variables variables, EngineEpoch epoch,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.steps = steps;
		this.variables = variables;
		this.epoch = epoch;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void activated(ActivatedJob job) {
		if (job.getKind() != JobKind.BPMN_ELEMENT) {
			return;
		}
		Object caseId = job.getVariablesAsMap().get("caseId");
		if (caseId == null) {
			return;
		}
		String json = this.variables.write(job.getVariablesAsMap());
		long deadline = System.nanoTime() + WAIT_FOR_OPENING.toNanos();
		while (!checkpoint(caseId.toString(), job, json) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Each attempt in its own transaction, so that it sees a case committed meanwhile.
	 */
	private boolean checkpoint(String caseId, ActivatedJob job, String json) {
		Integer updated = this.transactions.execute((status) -> {
			Instant now = Instant.now();
			int rows = this.records.checkpoint(caseId, job.getElementId(), json, this.epoch.current(),
					job.getProcessInstanceKey(), job.getProcessDefinitionVersion(), now);
			if (rows > 0) {
				appendStep(caseId, job, now);
			}
			return rows;
		});
		return updated != null && updated > 0;
	}

	/**
	 * A redelivery of the last step (a retried job, a case resumed before its checkpoint)
	 * is the same step, not a new one. The checkpoint's update above holds the case row's
	 * lock, so two jobs of one case append one after the other.
	 */
	private void appendStep(String caseId, ActivatedJob job, Instant now) {
		boolean redelivered = this.steps.findFirstByCaseIdOrderByIdDesc(caseId)
			.map((last) -> last.getElementId().equals(job.getElementId()))
			.orElse(false);
		if (!redelivered) {
			this.steps.save(new CaseStep(caseId, job.getElementId(), job.getProcessDefinitionVersion(), now));
		}
	}

}
