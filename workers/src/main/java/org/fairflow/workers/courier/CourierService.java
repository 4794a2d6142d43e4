package org.fairflow.workers.courier;

/**
 * A courier (快递) that takes badges to a unit's address, or a stand-in for it.
 *
 * <p>
 * Idempotent per {@link ShipmentRequest#shipmentKey()}: shipping the same key again (a
 * retried or re-run job) books nothing new and returns the first shipment, even when the
 * request's address differs. Implementations throw on a technical fault (courier
 * unreachable) so that the job is retried.
 */
public interface CourierService {

	/** Books the shipment, or returns the one booked before under the same key. */
	Shipment ship(ShipmentRequest request);

}
