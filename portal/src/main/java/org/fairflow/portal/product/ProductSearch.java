package org.fairflow.portal.product;

import org.fairflow.portal.exhibit.ItemStatus;

/**
 * The exhibitor's filters on its product list: name or number fragment, audit status,
 * listed or not; null or blank: any.
 */
record ProductSearch(String text, ItemStatus status, Boolean listed) {
}
