package org.fairflow.portal.cases;

import java.util.Map;
import java.util.Objects;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.EngineReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the engine starts with a new epoch (the in-memory engine after a restart), starts
 * every open case again before the step it waited at, with the variables it had there.
 */
@Component
class CaseResumer {

	private static final Logger log = LoggerFactory.getLogger(CaseResumer.class);

	private final CaseRecordRepository records;

	private final EngineGateway engine;

	private final Variables variables;

	private final TransactionTemplate transactions;

	CaseResumer(CaseRecordRepository records, EngineGateway engine, Variables variables,
			TransactionTemplate transactions) {
		this.records = records;
		this.engine = engine;
		this.variables = variables;
		this.transactions = transactions;
	}

	@EventListener
	void resume(EngineReadyEvent ready) {
		int resumed = 0;
		for (CaseRecord stale : this.records.findByActiveTrue()) {
			if (!Objects.equals(stale.getEngineEpoch(), ready.epoch())) {
				resumed += this.transactions.execute((status) -> resume(stale.getId(), ready.epoch())) ? 1 : 0;
			}
		}
		if (resumed > 0) {
			log.info("Resumed {} open cases on engine epoch {}", resumed, ready.epoch());
		}
	}

	private boolean resume(String caseId, String epoch) {
		CaseRecord record = this.records.findById(caseId).orElseThrow();
		Map<String, Object> vars = this.variables.read(record.getCheckpointVariables());
		try {
			long key = (record.getCheckpointElement() == null) ? this.engine.start(record.getFlow(), vars)
					: this.engine.startBefore(record.getFlow(), record.getCheckpointElement(), vars);
			record.started(epoch, key);
			return true;
		}
		catch (EngineException ex) {
			log.error("Case {} could not be resumed at {}: {}", caseId, record.getCheckpointElement(), ex.getMessage());
			record.resumeFailed(String.valueOf(ex.getMessage()));
			return false;
		}
	}

}
