package org.fairflow.workers.notification;

import org.springframework.stereotype.Component;

/**
 * Job type {@code send-email}; the address comes from {@code contactEmail} by default.
 */
@Component
class SendEmailWorker extends SendMessageWorker {

	static final String JOB_TYPE = "send-email";

	static final String DEFAULT_RECIPIENT = "contactEmail";

	SendEmailWorker(Notifications notifications) {
		super(notifications, Channel.EMAIL, DEFAULT_RECIPIENT);
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

}
