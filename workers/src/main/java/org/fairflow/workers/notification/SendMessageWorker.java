package org.fairflow.workers.notification;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.JobHeaders;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message of a channel: the text from the {@code template} header (and, for
 * e-mail, the {@code subject} header) in the reader's language
 * ({@link NotificationText}), the recipient from the variable the {@code recipient}
 * header names. Idempotent through {@link Notifications}. The values of the variables
 * that the {@code secrets} header names never reach a log line ({@link Secrets}).
 */
abstract class SendMessageWorker implements Worker {

	private static final Logger log = LoggerFactory.getLogger(SendMessageWorker.class);

	private final Notifications notifications;

	private final Channel channel;

	private final String defaultRecipient;

	private final ZoneId zone;

	/**
	 * @param zone the fair's zone ({@code fairflow.fair.zone}): times in texts are its
	 */
	SendMessageWorker(Notifications notifications, Channel channel, String defaultRecipient, ZoneId zone) {
		this.notifications = notifications;
		this.channel = channel;
		this.defaultRecipient = defaultRecipient;
		this.zone = zone;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		NotificationJob notification = NotificationJob.of(job);
		String template = NotificationText.header(job, "template", notification.variables());
		String subjectTemplate = (this.channel == Channel.EMAIL)
				? NotificationText.header(job, "subject", notification.variables()) : null;
		String variable = JobHeaders.optional(job, "recipient", this.defaultRecipient);
		Optional<String> recipient = notification.text(variable);
		if (recipient.isEmpty()) {
			// A unit without this contact detail must not block its case: there is simply
			// no
			// message on this channel.
			log.warn("Case {}: no {} for the {} of {}; skipped", notification.caseId(), variable, this.channel,
					notification.where());
			return Map.of();
		}
		String body = MessageTemplate.render(template, notification.variables(), notification.where(), this.zone);
		String subject = (subjectTemplate != null)
				? MessageTemplate.render(subjectTemplate, notification.variables(), notification.where(), this.zone)
				: null;
		Secrets secrets = NotificationText.secrets(job, notification.variables());
		this.notifications.send(
				OutboundRequest
					.of(notification.caseId(), notification.elementId(), notification.round(), this.channel,
							recipient.get(), subject, body)
					.withSecrets(secrets));
		return Map.of();
	}

}
