package org.fairflow.portal.incidents;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.EventDetail;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's incidents as the process owner sees them (per process, per case) and
 * retries them: a failed job gets a retry again and the incident is resolved, so the
 * engine tries the step once more; the case history says who did.
 */
@Service
public class Incidents {

	/**
	 * One more attempt: if the cause is still there, the step fails again and a new
	 * incident says so.
	 */
	static final int RETRIES = 1;

	private final IncidentRepository incidents;

	private final EngineGateway engine;

	private final Cases cases;

	Incidents(IncidentRepository incidents, EngineGateway engine, Cases cases) {
		this.incidents = incidents;
		this.engine = engine;
		this.cases = cases;
	}

	/** Whether the engine tells its incidents (only the embedded engine does). */
	public boolean available() {
		return this.engine.incidentStreamAvailable();
	}

	@Transactional(readOnly = true)
	public long openCount() {
		return this.incidents.countByResolvedAtIsNull();
	}

	/** Open incidents per process id. */
	@Transactional(readOnly = true)
	public Map<String, Long> openPerProcess() {
		Map<String, Long> counts = new HashMap<>();
		this.incidents.openPerProcess().forEach((row) -> counts.put((String) row[0], ((Number) row[1]).longValue()));
		return counts;
	}

	/** A case's incidents, newest first. */
	@Transactional(readOnly = true)
	public List<Incident> forCase(String caseId) {
		return this.incidents.findByCaseIdOrderByCreatedAtDescIdDesc(caseId);
	}

	@Transactional(readOnly = true)
	Page<Incident> list(String processId, boolean all, Pageable pageable) {
		return this.incidents.list(processId, all, pageable);
	}

	/**
	 * Retries the step of an open incident of the running engine.
	 * @throws IncidentException when it cannot be retried (resolved, of an earlier
	 * engine, refused by the engine)
	 */
	@Transactional
	public void retry(long id, String who) {
		Incident incident = this.incidents.findById(id).orElseThrow(() -> new IncidentException("incidents.missing"));
		if (!incident.isOpen()) {
			throw new IncidentException("incidents.alreadyResolved");
		}
		if (!incident.getEngineEpoch().equals(this.engine.epoch())) {
			throw new IncidentException("incidents.earlierEngine");
		}
		try {
			if (incident.getJobKey() != null) {
				this.engine.updateRetries(incident.getJobKey(), RETRIES);
			}
			this.engine.resolveIncident(incident.getIncidentKey());
		}
		catch (EngineException ex) {
			if (ex.reason() == EngineException.Reason.NOT_FOUND) {
				incident.resolved(Instant.now());
				throw new IncidentException("incidents.alreadyResolved");
			}
			throw new IncidentException(
					(ex.reason() == EngineException.Reason.REFUSED) ? "incidents.refused" : "engine.unavailable",
					ex.engineMessage());
		}
		Instant now = Instant.now();
		incident.retried(who, now);
		incident.resolved(now);
		if (incident.getCaseId() != null) {
			// The error type is a code: the history fragment names it in the reader's
			// language.
			this.cases.recordWithDetail(incident.getCaseId(), who, incident.getElementId(), "INCIDENT_RETRIED", null,
					EventDetail.codes(incident.getErrorType()), null);
		}
	}

}
