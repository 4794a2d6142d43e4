package org.fairflow.portal.unified;

/**
 * A confirmation refused because the unit has reached the delegation's per-unit cap; the
 * reviewer may confirm again with an explicit override. {@link #messageKey()} and
 * {@link #arguments()} name the text to show (confirmed, cap).
 */
public class UnifiedCapException extends RuntimeException {

	public static final String MESSAGE_KEY = "unified.cap.reached";

	private final CapStatus status;

	public UnifiedCapException(CapStatus status) {
		super("Unified payment cap reached: " + status.label());
		this.status = status;
	}

	public CapStatus status() {
		return this.status;
	}

	public String messageKey() {
		return MESSAGE_KEY;
	}

	public Object[] arguments() {
		return new Object[] { this.status.confirmed(), this.status.cap() };
	}

}
