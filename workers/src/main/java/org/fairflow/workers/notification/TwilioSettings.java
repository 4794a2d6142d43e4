package org.fairflow.workers.notification;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The {@code fairflow.sms.twilio.*} properties.
 *
 * @param accountSid the account ({@code AC...}); Twilio is used only when it is set
 * @param authToken the account's auth token (a secret: never logged)
 * @param from the sending number, unless a messaging service is used
 * @param messagingServiceSid a messaging service ({@code MG...}), which picks the sender
 * itself
 * @param baseUrl where the API is reached: Twilio itself, an egress proxy or a test stub
 */
record TwilioSettings(String accountSid, String authToken, String from, String messagingServiceSid, String baseUrl) {

	static final String PREFIX = "fairflow.sms.twilio";

	static final String DEFAULT_BASE_URL = "https://api.twilio.com";

	TwilioSettings {
		baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.strip() : DEFAULT_BASE_URL;
	}

	static TwilioSettings from(Environment environment) {
		return Binder.get(environment)
			.bind(PREFIX, TwilioSettings.class)
			.orElseGet(() -> new TwilioSettings(null, null, null, null, null));
	}

	boolean configured() {
		return StringUtils.hasText(this.accountSid);
	}

	/** Fails at start-up, naming the property, rather than at the first SMS. */
	void validate() {
		if (!StringUtils.hasText(this.authToken)) {
			throw new IllegalStateException(PREFIX + ".auth-token must be set when " + PREFIX + ".account-sid is");
		}
		if (!StringUtils.hasText(this.from) && !StringUtils.hasText(this.messagingServiceSid)) {
			throw new IllegalStateException(PREFIX + ".from or " + PREFIX + ".messaging-service-sid must be set when "
					+ PREFIX + ".account-sid is");
		}
	}

	boolean customBaseUrl() {
		return !DEFAULT_BASE_URL.equals(this.baseUrl.replaceAll("/+$", ""));
	}

	/** The account sid with its middle hidden, for start-up logs. */
	String maskedAccountSid() {
		String sid = this.accountSid.strip();
		return (sid.length() > 10) ? sid.substring(0, 6) + "****" + sid.substring(sid.length() - 4) : "****";
	}

	@Override
	public String toString() {
		// Records print every component; the token must not reach a log this way.
		return "TwilioSettings[accountSid=" + (configured() ? maskedAccountSid() : null) + ", baseUrl=" + this.baseUrl
				+ "]";
	}

}
