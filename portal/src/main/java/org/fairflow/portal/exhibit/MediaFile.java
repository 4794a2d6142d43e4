package org.fairflow.portal.exhibit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code exhibit_media} (Flyway V12_10). */
@Entity(name = "ExhibitMediaFile")
@Table(name = "exhibit_media")
class MediaFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "exhibitor_id", nullable = false, updatable = false)
	private Long exhibitorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private MediaKind kind;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "storage_path", nullable = false)
	private String storagePath;

	private Integer width;

	private Integer height;

	/**
	 * Referred to by a saved revision (an unclaimed video is an upload not yet saved).
	 */
	@Column(nullable = false)
	private boolean claimed;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected MediaFile() {
	}

	MediaFile(Long exhibitorId, MediaKind kind, String contentType, long sizeBytes, String sha256, String storagePath,
			Integer width, Integer height) {
		this.exhibitorId = exhibitorId;
		this.kind = kind;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storagePath = storagePath;
		this.width = width;
		this.height = height;
		this.createdAt = Instant.now();
	}

	StoredMedia view() {
		return new StoredMedia(this.id, this.exhibitorId, this.kind, this.contentType, this.sizeBytes, this.width,
				this.height);
	}

	void claim() {
		this.claimed = true;
	}

	Long getId() {
		return this.id;
	}

	Long getExhibitorId() {
		return this.exhibitorId;
	}

	MediaKind getKind() {
		return this.kind;
	}

	String getStoragePath() {
		return this.storagePath;
	}

	boolean isClaimed() {
		return this.claimed;
	}

}
