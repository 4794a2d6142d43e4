package org.fairflow.portal.product;

/** A product the public sees: listed by its exhibitor, live, not forced off. */
public record ListedProduct(long productId, String number, long exhibitorId, ProductContent content) {
}
