package org.fairflow.workers.courier;

import java.util.List;

/**
 * One of a unit's saved delivery addresses.
 *
 * @param recipientName who receives parcels there
 * @param phone the recipient's phone
 * @param lines the address, one line each
 */
public record DeliveryAddress(String recipientName, String phone, List<String> lines) {

	public DeliveryAddress {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

	@Override
	public String toString() {
		return "DeliveryAddress[lines=" + this.lines.size() + "]";
	}

}
