package org.fairflow.workers.courier;

/**
 * A booked shipment.
 *
 * @param shipmentKey the key it was booked under
 * @param carrier the courier's name, as shown to the unit
 * @param trackingNumber the courier's tracking number
 */
public record Shipment(String shipmentKey, String carrier, String trackingNumber) {
}
