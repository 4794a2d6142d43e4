package org.fairflow.workers.notification;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Job type {@code send-email}; the address comes from {@code contactEmail} by default.
 */
@Component
class SendEmailWorker extends SendMessageWorker {

	static final String JOB_TYPE = "send-email";

	static final String DEFAULT_RECIPIENT = "contactEmail";

	SendEmailWorker(Notifications notifications, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		super(notifications, Channel.EMAIL, DEFAULT_RECIPIENT, zone);
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

}
