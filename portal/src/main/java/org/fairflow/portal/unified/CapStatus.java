package org.fairflow.portal.unified;

/**
 * How many persons of a unit the delegation has agreed to pay, against its per-unit cap.
 *
 * @param confirmed persons confirmed and not cancelled or rejected since
 * @param cap the per-unit cap; null when the delegation set none
 * @param reached true when a further confirmation would exceed the cap
 */
public record CapStatus(long confirmed, Integer cap, boolean reached) {

	static CapStatus of(long confirmed, Integer cap) {
		return new CapStatus(confirmed, cap, cap != null && confirmed >= cap);
	}

	/** "3 / 10", or "3 / –" without a cap. */
	public String label() {
		return this.confirmed + " / " + ((this.cap != null) ? this.cap : "–");
	}

}
