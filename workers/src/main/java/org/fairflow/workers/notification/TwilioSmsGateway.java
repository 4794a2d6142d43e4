package org.fairflow.workers.notification;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Sends SMS through Twilio's Messages API with the official SDK. Uses its own
 * {@link TwilioRestClient} rather than the SDK's static {@code Twilio.init}, so that
 * nothing else in the JVM shares (or overwrites) its credentials.
 */
class TwilioSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(TwilioSmsGateway.class);

	private final TwilioSettings settings;

	private final TwilioRestClient client;

	TwilioSmsGateway(TwilioSettings settings) {
		settings.validate();
		this.settings = settings;
		HttpClient http = new NetworkHttpClient();
		if (settings.customBaseUrl()) {
			http = new RedirectingHttpClient(settings.baseUrl(), http);
		}
		this.client = new TwilioRestClient.Builder(settings.accountSid().strip(), settings.authToken().strip())
			.httpClient(http)
			.build();
		log.info("SMS are sent by Twilio, account {}, via {}", settings.maskedAccountSid(), settings.baseUrl());
	}

	@Override
	public String send(String to, String body) {
		PhoneNumber recipient = new PhoneNumber(to);
		MessageCreator creator = StringUtils.hasText(this.settings.messagingServiceSid())
				? Message.creator(recipient, this.settings.messagingServiceSid().strip(), body)
				: Message.creator(recipient, new PhoneNumber(this.settings.from().strip()), body);
		return creator.create(this.client).getSid();
	}

	@Override
	public String provider() {
		return "twilio";
	}

	@Override
	public boolean simulated() {
		return false;
	}

}
