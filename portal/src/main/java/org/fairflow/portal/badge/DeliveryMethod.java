package org.fairflow.portal.badge;

/**
 * How the liaison wants a person's badge handed over. {@code DEFAULT} follows the unit:
 * courier to its default saved address if it has one, otherwise pick-up on site.
 */
public enum DeliveryMethod {

	DEFAULT, COURIER, PICK_UP

}
