package org.fairflow.workers.job;

import java.time.Duration;

/**
 * Not a fault: the step cannot be decided yet and asks to be run again after
 * {@link #after()}. The portal fails the job without using up one of its retries, so that
 * waiting (for instance for another attempt of the same message to end) can never end in
 * an incident.
 */
public class RetryLater extends RuntimeException {

	private final Duration after;

	public RetryLater(String message, Duration after) {
		super(message);
		this.after = after;
	}

	/** How long to wait before the next try. */
	public Duration after() {
		return this.after;
	}

}
