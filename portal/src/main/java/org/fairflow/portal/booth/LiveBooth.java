package org.fairflow.portal.booth;

/**
 * A booth as the public sees it: its live revision only, the contact block left out when
 * the exhibitor hides it.
 */
public record LiveBooth(long boothId, long exhibitorId, BoothContent content) {
}
