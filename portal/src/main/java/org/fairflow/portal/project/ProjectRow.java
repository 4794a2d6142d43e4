package org.fairflow.portal.project;

import org.fairflow.portal.product.ProductCategory;
import java.time.Instant;

import org.fairflow.portal.exhibit.ItemStatus;

/** One line of the exhibitor's project list. */
record ProjectRow(long id, String number, String name, ProductCategory industry, Instant createdAt, ItemStatus status,
		boolean listed, boolean forced, boolean editable, boolean submittable, boolean listable) {
}
