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
 * Job type {@code send-sms}: the text comes from the {@code template} header, the number
 * from the variable named by the {@code recipient} header (default
 * {@code contactMobile}).
 */
@Component
class SendSmsWorker implements Worker {

	static final String JOB_TYPE = "send-sms";

	static final String DEFAULT_RECIPIENT = "contactMobile";

	private static final Logger log = LoggerFactory.getLogger(SendSmsWorker.class);

	private final Notifications notifications;

	SendSmsWorker(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		NotificationJob notification = NotificationJob.of(job);
		String template = JobHeaders.required(job, "template");
		String variable = JobHeaders.optional(job, "recipient", DEFAULT_RECIPIENT);
		Optional<String> mobile = notification.text(variable);
		if (mobile.isEmpty()) {
			// A unit without a mobile number must not block its case; there is simply no
			// SMS.
			log.warn("Case {}: no {} for the SMS of {}; skipped", notification.caseId(), variable,
					notification.where());
			return Map.of();
		}
		String body = MessageTemplate.render(template, notification.variables(), notification.where());
		this.notifications.send(OutboundRequest.of(notification.caseId(), notification.elementId(),
				notification.round(), Channel.SMS, mobile.get(), null, body));
		return Map.of();
	}

}
