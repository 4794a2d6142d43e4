package org.fairflow.portal.refund;

/**
 * How a person's badge ended, as the refund DMN reads it ({@code line.endedAs}). The rule
 * which of these is refunded lives in the model, never here.
 */
enum EndedAs {

	/** Review or security check rejected the badge. */
	REJECTED,
	/** The organiser cancelled (注销) the badge. */
	CANCELLED_BY_ORGANISER,
	/** The unit cancelled its own badge. */
	CANCELLED_BY_UNIT,
	/** The badge still runs. */
	ACTIVE

}
