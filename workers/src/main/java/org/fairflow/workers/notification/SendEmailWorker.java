package org.fairflow.workers.notification;

import java.util.Map;
import java.util.Optional;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.JobHeaders;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Job type {@code send-email}: subject and text come from the {@code subject} and
 * {@code template} headers, the address from the variable named by the {@code recipient}
 * header (default {@code contactEmail}).
 */
@Component
class SendEmailWorker implements Worker {

	static final String JOB_TYPE = "send-email";

	static final String DEFAULT_RECIPIENT = "contactEmail";

	private static final Logger log = LoggerFactory.getLogger(SendEmailWorker.class);

	private final Notifications notifications;

	SendEmailWorker(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		NotificationJob notification = NotificationJob.of(job);
		String subjectTemplate = JobHeaders.required(job, "subject");
		String template = JobHeaders.required(job, "template");
		String variable = JobHeaders.optional(job, "recipient", DEFAULT_RECIPIENT);
		Optional<String> address = notification.text(variable);
		if (address.isEmpty()) {
			// Many units give no e-mail address; that must not block their case.
			log.warn("Case {}: no {} for the e-mail of {}; skipped", notification.caseId(), variable,
					notification.where());
			return Map.of();
		}
		String subject = MessageTemplate.render(subjectTemplate, notification.variables(), notification.where());
		String body = MessageTemplate.render(template, notification.variables(), notification.where());
		this.notifications.send(OutboundRequest.of(notification.caseId(), notification.elementId(),
				notification.round(), Channel.EMAIL, address.get(), subject, body));
		return Map.of();
	}

}
