package org.fairflow.workers.notification;

/** Hands one e-mail to a provider. */
interface MailGateway {

	/**
	 * Sends a plain-text mail.
	 * @param messageKey the message's idempotency key: every send of one message carries
	 * the Message-ID derived from it
	 * @return the provider's id for the message (the Message-ID header)
	 * @throws Exception when the server refuses or cannot be reached
	 */
	String send(String messageKey, String to, String subject, String body) throws Exception;

	/**
	 * Sends a mail that carries secrets: a gateway that logs the mail must hide them
	 * ({@link Secrets#hide}).
	 */
	default String send(String messageKey, String to, String subject, String body, Secrets secrets) throws Exception {
		return send(messageKey, to, subject, body);
	}

	/** Short provider name stored with each message: {@code smtp}, {@code log}. */
	String provider();

	/** True when mails only go to the log, so they are RECORDED rather than SENT. */
	boolean simulated();

}
