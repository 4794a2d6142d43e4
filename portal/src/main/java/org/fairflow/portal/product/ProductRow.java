package org.fairflow.portal.product;

import java.time.Instant;

import org.fairflow.portal.exhibit.ItemStatus;

/** One line of the exhibitor's product list. */
record ProductRow(long id, String number, String name, ProductCategory category, Instant createdAt, ItemStatus status,
		boolean listed, boolean forced, boolean editable, boolean submittable, boolean listable) {
}
