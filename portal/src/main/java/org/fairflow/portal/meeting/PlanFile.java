package org.fairflow.portal.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of a booking as stored: a row of {@code meeting_file} and the file it names
 * under the data directory. The plan (会议方案, PDF, kind {@code PLAN}) is uploaded before
 * the booking exists and claimed by it once ({@code meeting_id} set); the posters (kinds
 * {@code POSTER_PC} and {@code POSTER_APP}) are stored with their booking's supplement.
 */
@Entity(name = "MeetingPlanFile")
@Table(name = "meeting_file")
class PlanFile {

	/** The kind of a plan. */
	static final String KIND = "PLAN";

	/** The content type of a plan. */
	static final String PDF = "application/pdf";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "meeting_id")
	private Long meetingId;

	@Column(name = "kind", nullable = false, updatable = false)
	private String kind;

	@Column(name = "original_name", nullable = false, updatable = false)
	private String originalName;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false, updatable = false)
	private String sha256;

	@Column(name = "storage_path", nullable = false, updatable = false)
	private String storagePath;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	protected PlanFile() {
	}

	PlanFile(Long unitId, Long meetingId, String kind, String originalName, String contentType, long sizeBytes,
			String sha256, String storagePath, String uploadedBy) {
		this.unitId = unitId;
		this.meetingId = meetingId;
		this.kind = kind;
		this.originalName = originalName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storagePath = storagePath;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	/** This unit's plan that no booking has claimed yet. */
	boolean claimableBy(Long unitId) {
		return KIND.equals(this.kind) && this.unitId.equals(unitId) && this.meetingId == null;
	}

	void claim(Long meetingId) {
		this.meetingId = meetingId;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public String getKind() {
		return this.kind;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getStoragePath() {
		return this.storagePath;
	}

}
