package org.fairflow.portal.exhibitor;

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
 * A single-use invitation code (邀请码), stored bare (12 characters) and shown in groups of
 * four. Columns: Flyway {@code V12_1}.
 */
@Entity
@Table(name = "invitation_code")
public class InvitationCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "code", nullable = false, updatable = false)
	private String code;

	@Column(name = "batch_id", nullable = false, updatable = false)
	private Long batchId;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private CodeStatus status;

	@Column(name = "used_by_exhibitor_id")
	private Long usedByExhibitorId;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected InvitationCode() {
	}

	InvitationCode(String code, InvitationBatch batch) {
		this.code = code;
		this.batchId = batch.getId();
		this.organisationId = batch.getOrganisationId();
		this.expiresAt = batch.getExpiresAt();
		this.status = CodeStatus.ISSUED;
		this.createdAt = batch.getCreatedAt();
	}

	/** Why this code cannot be used now, or null when it can. */
	String refusal(Instant now) {
		return switch (this.status) {
			case USED -> "invitation.used";
			case REVOKED -> "invitation.revoked";
			case ISSUED -> this.expiresAt.isAfter(now) ? null : "invitation.expired";
		};
	}

	void use(Long exhibitorId, Instant at) {
		this.status = CodeStatus.USED;
		this.usedByExhibitorId = exhibitorId;
		this.usedAt = at;
	}

	void revoke(String by, Instant at) {
		this.status = CodeStatus.REVOKED;
		this.revokedBy = by;
		this.revokedAt = at;
	}

	/** Shown in groups of four: {@code ABCD-EFGH-JKLM}. */
	public String display() {
		return this.code.substring(0, 4) + "-" + this.code.substring(4, 8) + "-" + this.code.substring(8);
	}

	/** Issued and not yet expired. */
	public boolean isUsable(Instant now) {
		return refusal(now) == null;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public Long getBatchId() {
		return this.batchId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public CodeStatus getStatus() {
		return this.status;
	}

	public Long getUsedByExhibitorId() {
		return this.usedByExhibitorId;
	}

	public Instant getUsedAt() {
		return this.usedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public String getRevokedBy() {
		return this.revokedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
