package org.fairflow.portal.migration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One migration a process owner ran: open cases of one version moved to another. */
@Entity
@Table(name = "migration_run")
class MigrationRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "process_id", nullable = false)
	private String processId;

	@Column(name = "source_version", nullable = false)
	private int sourceVersion;

	@Column(name = "target_version", nullable = false)
	private int targetVersion;

	@Column(nullable = false)
	private String mapping;

	@Column(name = "started_by", nullable = false)
	private String startedBy;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(nullable = false)
	private int migrated;

	@Column(nullable = false)
	private int refused;

	protected MigrationRun() {
	}

	MigrationRun(String processId, int sourceVersion, int targetVersion, String mapping, String startedBy) {
		this.processId = processId;
		this.sourceVersion = sourceVersion;
		this.targetVersion = targetVersion;
		this.mapping = (mapping.length() > 4000) ? mapping.substring(0, 4000) : mapping;
		this.startedBy = startedBy;
		this.startedAt = Instant.now();
	}

	void counted(int migratedCases, int refusedCases) {
		this.migrated = migratedCases;
		this.refused = refusedCases;
	}

	public Long getId() {
		return this.id;
	}

	public String getProcessId() {
		return this.processId;
	}

	public int getSourceVersion() {
		return this.sourceVersion;
	}

	public int getTargetVersion() {
		return this.targetVersion;
	}

	public String getMapping() {
		return this.mapping;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public int getMigrated() {
		return this.migrated;
	}

	public int getRefused() {
		return this.refused;
	}

}
