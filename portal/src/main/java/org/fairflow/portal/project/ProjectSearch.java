package org.fairflow.portal.project;

import org.fairflow.portal.exhibit.ItemStatus;

/**
 * The exhibitor's filters on its project list: name or number fragment, audit status,
 * listed or not; null or blank: any.
 */
record ProjectSearch(String text, ItemStatus status, Boolean listed) {
}
