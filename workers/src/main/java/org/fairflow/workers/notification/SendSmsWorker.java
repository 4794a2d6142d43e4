package org.fairflow.workers.notification;

import org.springframework.stereotype.Component;

/** Job type {@code send-sms}; the number comes from {@code contactMobile} by default. */
@Component
class SendSmsWorker extends SendMessageWorker {

	static final String JOB_TYPE = "send-sms";

	static final String DEFAULT_RECIPIENT = "contactMobile";

	SendSmsWorker(Notifications notifications) {
		super(notifications, Channel.SMS, DEFAULT_RECIPIENT);
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

}
