package org.fairflow.portal.badge;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's student card (学生证) as the unit uploaded it (written anew) and what the
 * organiser decided about it.
 */
@Entity
@Table(name = "badge_student_card")
class StudentCard {

	enum Status {

		/** Uploaded, waiting for the organiser. */
		PENDING,
		/** The organiser accepted it: an upgrade to VIP is free by rule U3. */
		VERIFIED,
		/** The organiser refused it, with a reason; the unit may upload another. */
		REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "reject_reason")
	private String rejectReason;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected StudentCard() {
	}

	StudentCard(Long personId, Long unitId) {
		this.personId = personId;
		this.unitId = unitId;
	}

	/** A new upload replaces the card and asks for a new decision. */
	void uploaded(Long organisationId, StudentCardImage image, String by) {
		this.organisationId = organisationId;
		this.contentType = image.contentType();
		this.content = image.content();
		this.width = image.width();
		this.height = image.height();
		this.status = Status.PENDING;
		this.rejectReason = null;
		this.uploadedBy = by;
		this.uploadedAt = Instant.now();
		this.decidedBy = null;
		this.decidedAt = null;
	}

	void decide(boolean verified, String reason, String by) {
		this.status = verified ? Status.VERIFIED : Status.REJECTED;
		this.rejectReason = verified ? null : reason;
		this.decidedBy = by;
		this.decidedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getPersonId() {
		return this.personId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getRejectReason() {
		return this.rejectReason;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
