package org.fairflow.portal.badge;

import java.math.BigDecimal;

/**
 * An upgrade that costs a fee: refused until paying for an upgrade is built, so the
 * rights never switch unpaid.
 */
class UpgradeFeeDueException extends RuntimeException {

	private final BigDecimal fee;

	private final String reason;

	UpgradeFeeDueException(BigDecimal fee, String reason) {
		super("badge.upgrade.feeDue");
		this.fee = fee;
		this.reason = reason;
	}

	BigDecimal fee() {
		return this.fee;
	}

	String reason() {
		return this.reason;
	}

}
