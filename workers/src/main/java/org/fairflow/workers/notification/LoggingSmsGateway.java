package org.fairflow.workers.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS "provider" when no Twilio account is configured: writes the text to the log so
 * that demos and development show what would have been sent (secrets hidden). Nothing
 * leaves the system.
 */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	LoggingSmsGateway() {
		log.warn("No SMS provider configured (fairflow.sms.twilio.account-sid): SMS are RECORDED in the log, not sent");
	}

	@Override
	public String send(String to, String body) {
		return send(to, body, Secrets.NONE);
	}

	/** The log shows the text with its secrets hidden. */
	@Override
	public String send(String to, String body, Secrets secrets) {
		log.info("SMS recorded, not sent, to {}: {}", Masking.phone(to), secrets.hide(body));
		return "log-" + UUID.randomUUID();
	}

	/**
	 * Keeps no records to look in: a text whose outcome is unknown is simply recorded
	 * (logged) again, which sends nothing either time (status RECORDED, note
	 * {@link DeliveryNote#RECORDED_AGAIN}).
	 */
	@Override
	public List<String> findSent(String to, String body, Instant attemptStartedAt) {
		return List.of();
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
