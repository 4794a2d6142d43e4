package org.fairflow.portal.product;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fairflow.portal.exhibit.ListableItem;

/**
 * An exhibitor's product; its state and lifecycle are {@link ListableItem}'s. Columns:
 * Flyway V12_30.
 */
@Entity
@Table(name = "product")
class Product extends ListableItem {

	protected Product() {
	}

	Product(Long exhibitorId, String number) {
		super(exhibitorId, number);
	}

}
