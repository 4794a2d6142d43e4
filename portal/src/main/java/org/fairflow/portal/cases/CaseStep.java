package org.fairflow.portal.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step a case reached: an element whose job the portal received, on the process
 * version it ran on. Append-only.
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private String caseId;

	@Column(name = "element_id", nullable = false, updatable = false)
	private String elementId;

	@Column(name = "process_version", updatable = false)
	private Integer processVersion;

	@Column(name = "reached_at", nullable = false, updatable = false)
	private Instant reachedAt;

	protected CaseStep() {
	}

	CaseStep(String caseId, String elementId, Integer processVersion, Instant reachedAt) {
		this.caseId = caseId;
		this.elementId = elementId;
		this.processVersion = processVersion;
		this.reachedAt = reachedAt;
	}

	public String getElementId() {
		return this.elementId;
	}

	public Integer getProcessVersion() {
		return this.processVersion;
	}

	public Instant getReachedAt() {
		return this.reachedAt;
	}

}
