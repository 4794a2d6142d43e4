/**
 * Exhibitors' products (展品): many per exhibitor, their content kept as immutable
 * revisions, audited through {@code exhibit}; an approved product is listed and unlisted
 * by its exhibitor and may be forced off by the organiser. The public sees only listed
 * live revisions.
 */
package org.fairflow.portal.product;
