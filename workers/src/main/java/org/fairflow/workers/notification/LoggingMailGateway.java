package org.fairflow.workers.notification;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail "provider" when no SMTP server is configured: writes the mail to the log so
 * that demos and development show what would have been sent (secrets hidden). Nothing
 * leaves the system.
 */
class LoggingMailGateway implements MailGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingMailGateway.class);

	LoggingMailGateway() {
		log.warn("No mail server configured (spring.mail.host): e-mails are RECORDED in the log, not sent");
	}

	@Override
	public String send(String messageKey, String to, String subject, String body) {
		return send(messageKey, to, subject, body, Secrets.NONE);
	}

	/** The log shows the mail with its secrets hidden. */
	@Override
	public String send(String messageKey, String to, String subject, String body, Secrets secrets) {
		log.info("E-mail recorded, not sent, to {}: [{}] {}", Masking.email(to), secrets.hide(subject),
				secrets.hide(body));
		return "log-" + UUID.randomUUID();
	}

	@Override
	public String provider() {
		return "log";
	}

	@Override
	public boolean simulated() {
		return true;
	}

}
