package org.fairflow.workers.notification;

/** Where an outbound message stands. */
public enum MessageStatus {

	/** Stored, handed to the provider, no answer yet (or the worker died meanwhile). */
	PENDING,
	/** Accepted by a real provider (Twilio, an SMTP server). */
	SENT,
	/**
	 * Written to the log only, because no provider is configured: nothing left the
	 * system.
	 */
	RECORDED,
	/** The provider refused or could not be reached; the job is retried. */
	FAILED;

	/** Whether a repeated request with the same key must not send again. */
	boolean done() {
		return this == SENT || this == RECORDED;
	}

}
