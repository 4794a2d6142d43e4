package org.fairflow.workers.notification;

/** Hands one SMS to a provider. */
public interface SmsGateway {

	/**
	 * Sends a text.
	 * @param to mobile number in E.164 form ({@code +8613812345678})
	 * @return the provider's id for the message
	 * @throws Exception when the provider refuses or cannot be reached
	 */
	String send(String to, String body) throws Exception;

	/** Short provider name stored with each message: {@code twilio}, {@code log}. */
	String provider();

	/** True when messages only go to the log, so they are RECORDED rather than SENT. */
	boolean simulated();

}
