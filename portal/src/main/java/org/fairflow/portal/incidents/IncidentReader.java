package org.fairflow.portal.incidents;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies the incidents of the embedded engine's record stream into the database, from
 * where it stopped reading (the stream belongs to this engine, so the position is kept in
 * memory: a new engine, after a restart or a recycle, starts a new stream and a new
 * epoch). An incident whose case row was not yet committed when it was read is linked to
 * its case at a later read.
 */
@Component
class IncidentReader {

	private static final Logger log = LoggerFactory.getLogger(IncidentReader.class);

	private final EngineGateway engine;

	private final IncidentRepository incidents;

	private final Cases cases;

	private final ModelDeployment models;

	private String epoch;

	private int position;

	IncidentReader(EngineGateway engine, IncidentRepository incidents, Cases cases, ModelDeployment models) {
		this.engine = engine;
		this.incidents = incidents;
		this.cases = cases;
		this.models = models;
	}

	@Scheduled(fixedDelayString = "${fairflow.incidents.poll-interval:PT1S}")
	@Transactional
	public synchronized void read() {
		if (!this.engine.incidentStreamAvailable()) {
			return;
		}
		EngineGateway.IncidentBatch batch = this.engine.incidentsFrom(this.epoch, this.position);
		String epoch = batch.epoch();
		for (EngineGateway.IncidentEvent event : batch.events()) {
			Incident incident = this.incidents.findByEngineEpochAndIncidentKey(epoch, event.key())
				.orElseGet(() -> this.incidents.save(new Incident(epoch, event, version(event),
						this.cases.byInstance(event.processInstanceKey()).map(CaseRecord::getId).orElse(null))));
			if (event.resolved()) {
				incident.resolved(event.at());
			}
			else {
				log.warn("Incident {} ({}) at {} of process instance {}: {}", event.key(), event.errorType(),
						event.elementId(), event.processInstanceKey(), event.errorMessage());
			}
		}
		for (Incident unlinked : this.incidents.findByEngineEpochAndCaseIdIsNullAndResolvedAtIsNull(epoch)) {
			this.cases.byInstance(unlinked.getProcessInstanceKey())
				.ifPresent((record) -> unlinked.linkTo(record.getId()));
		}
		this.epoch = epoch;
		this.position = batch.next();
	}

	private Integer version(EngineGateway.IncidentEvent event) {
		return this.models.byEngineKey(event.processDefinitionKey()).map(StoredModel::getVersion).orElse(null);
	}

}
