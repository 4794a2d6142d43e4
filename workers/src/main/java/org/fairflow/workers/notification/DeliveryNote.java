package org.fairflow.workers.notification;

/**
 * How a message got to its status when an earlier attempt's outcome was unknown; shown
 * next to the status, so that the case history tells what happened.
 */
public enum DeliveryNote {

	/** Unknown, not found at the provider (SMS), so sent again: one more attempt. */
	NOT_FOUND_SENT_AGAIN,
	/**
	 * Unknown, and SMTP cannot be asked: sent again with the same Message-ID, which mail
	 * servers and clients recognise as the same message.
	 */
	RESENT_SAME_MESSAGE_ID,
	/**
	 * Unknown with the logging gateway, which keeps nothing to ask: recorded (written to
	 * the log) again. Nothing left the system either time.
	 */
	RECORDED_AGAIN

}
