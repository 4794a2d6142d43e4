package org.fairflow.portal.exhibit;

import java.time.Instant;

/** One line of the exhibitor's list of a kind's items, with its current content. */
public record ItemRow<C extends ItemContent>(long id, String number, C content, Instant createdAt, ItemStatus status,
		boolean listed, boolean forced, boolean editable, boolean submittable, boolean listable) {

	public String name() {
		return this.content.name();
	}

}
