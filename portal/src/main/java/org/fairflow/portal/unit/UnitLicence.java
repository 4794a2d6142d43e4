package org.fairflow.portal.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The business licence image, kept apart so unit lists never load it. */
@Entity
@Table(name = "unit_licence")
class UnitLicence {

	@Id
	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "size_bytes", nullable = false)
	private int sizeBytes;

	@Column(nullable = false)
	private byte[] content;

	protected UnitLicence() {
	}

	UnitLicence(Long unitId, LicenceImage image) {
		this.unitId = unitId;
		this.contentType = image.contentType();
		this.fileName = image.fileName();
		this.sizeBytes = image.content().length;
		this.content = image.content();
	}

	/** A returned unit sent a new licence image. */
	void replace(LicenceImage image) {
		this.contentType = image.contentType();
		this.fileName = image.fileName();
		this.sizeBytes = image.content().length;
		this.content = image.content();
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

}
