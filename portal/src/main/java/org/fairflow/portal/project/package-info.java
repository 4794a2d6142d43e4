/**
 * Exhibitors' published projects (项目发布): kept, audited, listed and forced off exactly as
 * products are (sharing {@code exhibit.ItemRefusedException}); the public sees only
 * listed live revisions.
 */
package org.fairflow.portal.project;
