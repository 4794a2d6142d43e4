package org.fairflow.portal.badge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's stored photo, kept apart so lists never load it. */
@Entity
@Table(name = "badge_person_photo")
class PersonPhotoRecord {

	@Id
	@Column(name = "person_id")
	private Long personId;

	@Column(name = "size_bytes", nullable = false)
	private int sizeBytes;

	@Column(nullable = false)
	private byte[] content;

	protected PersonPhotoRecord() {
	}

	PersonPhotoRecord(Long personId, PersonPhoto photo) {
		this.personId = personId;
		replace(photo);
	}

	void replace(PersonPhoto photo) {
		this.sizeBytes = photo.content().length;
		this.content = photo.content();
	}

	byte[] getContent() {
		return this.content;
	}

}
