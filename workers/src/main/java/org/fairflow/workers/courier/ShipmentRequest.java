package org.fairflow.workers.courier;

import java.util.List;

import org.fairflow.workers.notification.Masking;

/**
 * What to send where.
 *
 * @param shipmentKey the idempotency key, {@code caseId/round} for a badge
 * @param recipientName who receives it
 * @param phone the recipient's phone; never logged ({@link #toString()} masks it)
 * @param addressLines the address, one line each, at least one
 * @param contents what is in the parcel
 */
public record ShipmentRequest(String shipmentKey, String recipientName, String phone, List<String> addressLines,
		String contents) {

	public ShipmentRequest {
		addressLines = (addressLines != null) ? List.copyOf(addressLines) : List.of();
	}

	@Override
	public String toString() {
		return "ShipmentRequest[shipmentKey=" + this.shipmentKey + ", phone=" + Masking.phone(this.phone)
				+ ", contents=" + this.contents + "]";
	}

}
