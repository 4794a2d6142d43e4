package org.fairflow.portal.badge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The photo a previous edition printed, kept apart so the list never loads it. */
@Entity
@Immutable
@Table(name = "badge_previous_holder_photo")
class PreviousHolderPhoto {

	@Id
	@Column(name = "holder_id")
	private Long holderId;

	@Column(nullable = false)
	private byte[] content;

	protected PreviousHolderPhoto() {
	}

	PreviousHolderPhoto(Long holderId, byte[] content) {
		this.holderId = holderId;
		this.content = content;
	}

	byte[] getContent() {
		return this.content;
	}

}
