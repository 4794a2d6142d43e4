package org.fairflow.portal.migration;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One case of a migration run and what became of it. */
@Entity
@Table(name = "migration_case")
class MigratedCase {

	enum Outcome {

		/** Moved: the case runs on the target version now. */
		MIGRATED,
		/** Unchanged: the plan does not fit the case, or the engine refused it. */
		REFUSED,
		/**
		 * The engine moved it, but the portal could not record that; the next step's
		 * checkpoint records the version.
		 */
		NOT_RECORDED

	}

	private static final String SEPARATOR = "\u001f";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "run_id", nullable = false)
	private long runId;

	@Column(name = "case_id", nullable = false)
	private String caseId;

	@Column(nullable = false)
	private String title;

	private String position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Outcome outcome;

	@Column(name = "reason_key")
	private String reasonKey;

	@Column(name = "reason_args")
	private String reasonArgs;

	@Column(name = "engine_message")
	private String engineMessage;

	protected MigratedCase() {
	}

	MigratedCase(long runId, String caseId, String title, String position, Outcome outcome,
			MigrationPlanner.Refusal reason, String engineMessage) {
		this.runId = runId;
		this.caseId = caseId;
		this.title = title;
		this.position = cut(position, 1000);
		this.outcome = outcome;
		if (reason != null) {
			this.reasonKey = reason.key();
			this.reasonArgs = cut(String.join(SEPARATOR, Arrays.stream(reason.args()).map(String::valueOf).toList()),
					1000);
		}
		this.engineMessage = cut(engineMessage, 2000);
	}

	private static String cut(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	public String getCaseId() {
		return this.caseId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPosition() {
		return this.position;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public String getReasonKey() {
		return this.reasonKey;
	}

	/** The arguments of the reason's message. */
	public Object[] getReasonArgs() {
		return (this.reasonArgs == null || this.reasonArgs.isEmpty()) ? new Object[0]
				: List.of(this.reasonArgs.split(SEPARATOR)).toArray();
	}

	public String getEngineMessage() {
		return this.engineMessage;
	}

}
