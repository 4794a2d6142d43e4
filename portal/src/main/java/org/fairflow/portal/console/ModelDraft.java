package org.fairflow.portal.console;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A model waiting between upload (or roll back, or an edit) and publishing: its preview
 * shows the checks and the diff. It belongs to the owner who made it.
 */
@Entity
@Table(name = "console_draft")
public class ModelDraft {

	/** How the draft came about. */
	public enum Origin {

		UPLOAD, ROLLBACK, EDIT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String owner;

	@Column(name = "resource_name", nullable = false, updatable = false)
	private String resourceName;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "base_id", updatable = false)
	private Long baseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Origin origin;

	@Column(name = "change_note", updatable = false)
	private String changeNote;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ModelDraft() {
	}

	ModelDraft(String owner, String resourceName, byte[] content, Long baseId, Origin origin, String changeNote,
			Instant createdAt) {
		this.owner = owner;
		this.resourceName = resourceName;
		this.content = content.clone();
		this.baseId = baseId;
		this.origin = origin;
		this.changeNote = changeNote;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getOwner() {
		return this.owner;
	}

	public String getResourceName() {
		return this.resourceName;
	}

	public byte[] getContent() {
		return this.content.clone();
	}

	public Long getBaseId() {
		return this.baseId;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
