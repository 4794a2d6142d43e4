package org.fairflow.portal.exhibitor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One issue of codes by an inviting organisation. Columns: Flyway {@code V12_1}. */
@Entity
@Table(name = "invitation_batch")
public class InvitationBatch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "label")
	private String label;

	@Column(name = "size", nullable = false)
	private int size;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected InvitationBatch() {
	}

	InvitationBatch(Long organisationId, String label, int size, Instant expiresAt, Instant createdAt,
			String createdBy) {
		this.organisationId = organisationId;
		this.label = label;
		this.size = size;
		this.expiresAt = expiresAt;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getLabel() {
		return this.label;
	}

	public int getSize() {
		return this.size;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
