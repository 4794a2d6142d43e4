package org.fairflow.workers.invoice;

/**
 * The tax platform refuses a red-letter request or issue: nothing was reversed. A retry
 * gives the same answer; the worker turns it into BPMN error {@code RED_LETTER_REFUSED}.
 */
public class RedLetterRefusedException extends RuntimeException {

	/** The order has no blue invoice at the platform. */
	public static final String NO_BLUE_INVOICE = "NO_BLUE_INVOICE";

	/**
	 * More than the blue invoice's total minus what was reversed (or is pending) on it.
	 */
	public static final String EXCEEDS_BLUE_TOTAL = "EXCEEDS_BLUE_TOTAL";

	/** The buyer did not confirm within 72 hours: the confirmation is void. */
	public static final String LAPSED = "LAPSED";

	/** The refund reference was used before for another order or amount. */
	public static final String REFERENCE_REUSED = "REFERENCE_REUSED";

	private final String reason;

	public RedLetterRefusedException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** One of the constants of this class. */
	public String reason() {
		return this.reason;
	}

}
