package org.fairflow.workers.courier;

import java.util.Optional;

/**
 * The units' saved delivery addresses, which the portal keeps. The portal implements
 * this; {@code deliver-badge} reads the address {@code deliveryAddressId} of the unit
 * {@code unitId} through it.
 */
public interface DeliveryAddresses {

	/** The unit's address with that id, or empty when the unit has no such address. */
	Optional<DeliveryAddress> find(String unitId, String addressId);

}
