package org.fairflow.portal.cases;

import java.util.List;
import java.util.Map;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.EngineReadyEvent;
import org.fairflow.portal.engine.EngineStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the engine starts with a new epoch (the in-memory engine after a restart), starts
 * every open case again before the step it waited at, with the variables it had there, on
 * the version of its process it ran on.
 */
@Component
class CaseResumer {

	private static final Logger log = LoggerFactory.getLogger(CaseResumer.class);

	private final CaseRecordRepository records;

	private final EngineGateway engine;

	private final Variables variables;

	private final TransactionTemplate transactions;

	private final EngineStatus status;

	CaseResumer(CaseRecordRepository records, EngineGateway engine, Variables variables,
			TransactionTemplate transactions, EngineStatus status) {
		this.records = records;
		this.engine = engine;
		this.variables = variables;
		this.transactions = transactions;
		this.status = status;
	}

	@EventListener
	void resume(EngineReadyEvent ready) {
		List<String> stale = this.records.openCasesOutside(ready.epoch());
		this.status.resuming(stale.size());
		int resumed = 0;
		for (String caseId : stale) {
			boolean started = this.transactions.execute((tx) -> resume(caseId, ready.epoch()));
			this.status.caseResumed(started);
			resumed += started ? 1 : 0;
		}
		if (!stale.isEmpty()) {
			log.info("Resumed {} of {} open cases on engine epoch {}", resumed, stale.size(), ready.epoch());
		}
	}

	private boolean resume(String caseId, String epoch) {
		CaseRecord record = this.records.findById(caseId).orElseThrow();
		Map<String, Object> vars = this.variables.read(record.getCheckpointVariables());
		try {
			Integer version = record.getProcessVersion();
			EngineGateway.StartedInstance instance = (record.getCheckpointElement() == null)
					? this.engine.start(record.getFlow(), version, vars)
					: this.engine.startBefore(record.getFlow(), version, record.getCheckpointElement(), vars);
			record.started(epoch, instance);
			return true;
		}
		catch (EngineException ex) {
			log.error("Case {} could not be resumed at {}: {}", caseId, record.getCheckpointElement(), ex.getMessage());
			record.resumeFailed(String.valueOf(ex.getMessage()));
			return false;
		}
	}

}
