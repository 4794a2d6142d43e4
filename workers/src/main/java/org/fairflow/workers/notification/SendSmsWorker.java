package org.fairflow.workers.notification;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Job type {@code send-sms}; the number comes from {@code contactMobile} by default. */
@Component
class SendSmsWorker extends SendMessageWorker {

	static final String JOB_TYPE = "send-sms";

	static final String DEFAULT_RECIPIENT = "contactMobile";

	SendSmsWorker(Notifications notifications, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		super(notifications, Channel.SMS, DEFAULT_RECIPIENT, zone);
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

}
