package org.fairflow.portal.incidents;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fairflow.portal.engine.EngineGateway;

/**
 * An engine incident: a step that stopped (no retries left, an expression that fails, a
 * missing form or decision) until somebody retries it. Its keys mean something only in
 * its engine epoch.
 */
@Entity
@Table(name = "engine_incident")
public class Incident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "engine_epoch", nullable = false)
	private String engineEpoch;

	@Column(name = "incident_key", nullable = false)
	private long incidentKey;

	@Column(name = "job_key")
	private Long jobKey;

	@Column(name = "process_instance_key", nullable = false)
	private long processInstanceKey;

	@Column(name = "process_id", nullable = false)
	private String processId;

	@Column(name = "process_version")
	private Integer processVersion;

	@Column(name = "element_id")
	private String elementId;

	@Column(name = "error_type", nullable = false)
	private String errorType;

	@Column(name = "error_message")
	private String errorMessage;

	@Column(name = "case_id")
	private String caseId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "retried_by")
	private String retriedBy;

	@Column(name = "retried_at")
	private Instant retriedAt;

	protected Incident() {
	}

	Incident(String epoch, EngineGateway.IncidentEvent event, Integer processVersion, String caseId) {
		this.engineEpoch = epoch;
		this.incidentKey = event.key();
		this.jobKey = (event.jobKey() > 0) ? event.jobKey() : null;
		this.processInstanceKey = event.processInstanceKey();
		this.processId = event.processId();
		this.processVersion = processVersion;
		this.elementId = event.elementId();
		this.errorType = event.errorType();
		String message = event.errorMessage();
		this.errorMessage = (message != null && message.length() > 4000) ? message.substring(0, 4000) : message;
		this.caseId = caseId;
		this.createdAt = event.at();
	}

	void linkTo(String linkedCaseId) {
		this.caseId = linkedCaseId;
	}

	void resolved(Instant at) {
		if (this.resolvedAt == null) {
			this.resolvedAt = at;
		}
	}

	void retried(String who, Instant at) {
		this.retriedBy = who;
		this.retriedAt = at;
	}

	public boolean isOpen() {
		return this.resolvedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public String getEngineEpoch() {
		return this.engineEpoch;
	}

	public long getIncidentKey() {
		return this.incidentKey;
	}

	public Long getJobKey() {
		return this.jobKey;
	}

	public long getProcessInstanceKey() {
		return this.processInstanceKey;
	}

	public String getProcessId() {
		return this.processId;
	}

	public Integer getProcessVersion() {
		return this.processVersion;
	}

	public String getElementId() {
		return this.elementId;
	}

	public String getErrorType() {
		return this.errorType;
	}

	public String getErrorMessage() {
		return this.errorMessage;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public String getRetriedBy() {
		return this.retriedBy;
	}

	public Instant getRetriedAt() {
		return this.retriedAt;
	}

}
