package org.fairflow.workers.notification;

/** Hands one e-mail to a provider. */
interface MailGateway {

	/**
	 * Sends a plain-text mail.
	 * @return the provider's id for the message (the Message-ID header)
	 * @throws Exception when the server refuses or cannot be reached
	 */
	String send(String to, String subject, String body) throws Exception;

	/** Short provider name stored with each message: {@code smtp}, {@code log}. */
	String provider();

	/** True when mails only go to the log, so they are RECORDED rather than SENT. */
	boolean simulated();

}
