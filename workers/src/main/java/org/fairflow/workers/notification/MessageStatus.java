package org.fairflow.workers.notification;

/**
 * Where an outbound message stands. An attempt is recorded (PENDING) before the provider
 * is called; an attempt whose outcome nobody saw becomes UNKNOWN and is reconciled with
 * the provider before anything is sent again.
 */
public enum MessageStatus {

	/** Stored, handed to the provider, no answer yet (or the worker died meanwhile). */
	PENDING,
	/**
	 * The outcome of the last attempt is not known: its worker died or its job timed out
	 * while the provider was called, or the provider did not answer. The next attempt
	 * asks the provider (SMS) before it sends again.
	 */
	UNKNOWN,
	/** Accepted by a real provider (Twilio, an SMTP server). */
	SENT,
	/**
	 * Written to the log only, because no provider is configured: nothing left the
	 * system.
	 */
	RECORDED,
	/**
	 * The outcome was unknown, and the provider's own records show that it accepted the
	 * message: it was not sent again.
	 */
	RECONCILED,
	/** The provider refused; nothing was sent, and the job is retried. */
	FAILED;

	/** Whether a repeated request with the same key must not send again. */
	boolean done() {
		return this == SENT || this == RECORDED || this == RECONCILED;
	}

	/** Whether an attempt may be on its way (or was lost on its way) to the provider. */
	boolean open() {
		return this == PENDING || this == UNKNOWN;
	}

}
