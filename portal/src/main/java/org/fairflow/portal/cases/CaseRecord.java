package org.fairflow.portal.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fairflow.portal.engine.EngineGateway;

/** One application under a process, as the portal keeps it (the engine may forget it). */
@Entity
@Table(name = "process_case")
@org.hibernate.annotations.DynamicUpdate
public class CaseRecord {

	@Id
	private String id;

	@Column(nullable = false)
	private String flow;

	@Column(name = "business_key", nullable = false)
	private String businessKey;

	@Column(nullable = false)
	private String title;

	/** The title on English pages; null when the applicant has no English name. */
	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "applicant_group", nullable = false)
	private String applicantGroup;

	@Column(name = "scope_org_id")
	private Long scopeOrgId;

	@Column(nullable = false)
	private String status;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "engine_epoch")
	private String engineEpoch;

	@Column(name = "process_instance_key")
	private Long processInstanceKey;

	@Column(name = "process_version")
	private Integer processVersion;

	@Column(name = "checkpoint_element")
	private String checkpointElement;

	@Column(name = "checkpoint_variables", nullable = false)
	private String checkpointVariables;

	@Column(name = "resume_error")
	private String resumeError;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CaseRecord() {
	}

	CaseRecord(String id, NewCase spec, String variablesJson) {
		this.id = id;
		this.flow = spec.flow();
		this.businessKey = spec.businessKey();
		this.title = spec.title();
		this.titleEn = spec.titleEn();
		this.applicantGroup = spec.applicantGroup();
		this.scopeOrgId = spec.scopeOrgId();
		this.status = spec.initialStatus();
		this.checkpointVariables = variablesJson;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	void started(String epoch, EngineGateway.StartedInstance instance) {
		this.engineEpoch = epoch;
		this.processInstanceKey = instance.key();
		this.processVersion = instance.version();
		this.resumeError = null;
		this.updatedAt = Instant.now();
	}

	/** Moved to another version of its process by a migration. */
	void migrated(int version, String checkpointElement) {
		this.processVersion = version;
		this.checkpointElement = checkpointElement;
		this.updatedAt = Instant.now();
	}

	void resumeFailed(String error) {
		this.resumeError = (error.length() > 1000) ? error.substring(0, 1000) : error;
		this.updatedAt = Instant.now();
	}

	void status(String status) {
		this.status = status;
		this.updatedAt = Instant.now();
	}

	void title(String title, String titleEn) {
		this.title = title;
		this.titleEn = (titleEn == null || titleEn.isBlank()) ? null : titleEn.strip();
		this.updatedAt = Instant.now();
	}

	void scope(Long orgId) {
		this.scopeOrgId = orgId;
		this.updatedAt = Instant.now();
	}

	/**
	 * A closed case goes on again from an element (a later change of a finished case).
	 */
	void reopen(String elementId, String variablesJson) {
		this.active = true;
		this.checkpointElement = elementId;
		this.checkpointVariables = variablesJson;
		this.updatedAt = Instant.now();
	}

	void close() {
		this.active = false;
		this.updatedAt = Instant.now();
	}

	public String getId() {
		return this.id;
	}

	public String getFlow() {
		return this.flow;
	}

	public String getBusinessKey() {
		return this.businessKey;
	}

	public String getTitle() {
		return this.title;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	/** The title in the reader's language: the English one where there is one. */
	public String title(java.util.Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.titleEn != null) ? this.titleEn : this.title;
	}

	public String getApplicantGroup() {
		return this.applicantGroup;
	}

	public Long getScopeOrgId() {
		return this.scopeOrgId;
	}

	public String getStatus() {
		return this.status;
	}

	public boolean isActive() {
		return this.active;
	}

	public String getEngineEpoch() {
		return this.engineEpoch;
	}

	public Long getProcessInstanceKey() {
		return this.processInstanceKey;
	}

	/**
	 * The version of its process the case runs on; null for cases from before versions
	 * were kept.
	 */
	public Integer getProcessVersion() {
		return this.processVersion;
	}

	public String getCheckpointElement() {
		return this.checkpointElement;
	}

	String getCheckpointVariables() {
		return this.checkpointVariables;
	}

	public String getResumeError() {
		return this.resumeError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
