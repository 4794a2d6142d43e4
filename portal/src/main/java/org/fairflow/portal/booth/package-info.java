/**
 * The exhibitor's online booth (在线展台): one per exhibitor, its content kept as immutable
 * revisions, audited through {@code exhibit}; the public sees only the live revision.
 */
package org.fairflow.portal.booth;
