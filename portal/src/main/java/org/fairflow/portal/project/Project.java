package org.fairflow.portal.project;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fairflow.portal.exhibit.ListableItem;

/**
 * An exhibitor's project; its state and lifecycle are {@link ListableItem}'s. Columns:
 * Flyway V12_30.
 */
@Entity
@Table(name = "project")
class Project extends ListableItem {

	protected Project() {
	}

	Project(Long exhibitorId, String number) {
		super(exhibitorId, number);
	}

}
