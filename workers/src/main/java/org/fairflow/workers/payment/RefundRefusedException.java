package org.fairflow.workers.payment;

/**
 * The provider refuses the refund: nothing was paid back. Not a technical fault, so a
 * retry gives the same answer; the caller ends the refund (or asks finance) instead.
 */
public class RefundRefusedException extends RuntimeException {

	/** No payment session with that id. */
	public static final String SESSION_UNKNOWN = "SESSION_UNKNOWN";

	/** The session was never paid: there is nothing to pay back. */
	public static final String SESSION_NOT_PAID = "SESSION_NOT_PAID";

	/** More than the session was paid minus what was refunded on it before. */
	public static final String EXCEEDS_PAID = "EXCEEDS_PAID";

	/** The reference was used before for another session or amount. */
	public static final String REFERENCE_REUSED = "REFERENCE_REUSED";

	private final String reason;

	public RefundRefusedException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** One of the constants of this class. */
	public String reason() {
		return this.reason;
	}

}
