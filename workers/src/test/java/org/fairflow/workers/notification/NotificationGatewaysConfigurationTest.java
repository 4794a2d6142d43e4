package org.fairflow.workers.notification;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationGatewaysConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(NotificationGatewaysConfiguration.class);

	@Test
	void recordsInTheLogWhenNothingIsConfigured() {
		this.runner.run((context) -> {
			assertThat(context.getBean(SmsGateway.class)).isInstanceOf(LoggingSmsGateway.class);
			assertThat(context.getBean(MailGateway.class)).isInstanceOf(LoggingMailGateway.class);
		});
	}

	@Test
	void usesTwilioWhenAnAccountIsConfigured() {
		this.runner
			.withPropertyValues("fairflow.sms.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
					"fairflow.sms.twilio.auth-token=token", "fairflow.sms.twilio.messaging-service-sid=MG01",
					"fairflow.sms.twilio.base-url=http://127.0.0.1:9/")
			.run((context) -> assertThat(context.getBean(SmsGateway.class)).isInstanceOf(TwilioSmsGateway.class));
	}

	@Test
	void refusesToStartWithAnIncompleteTwilioAccount() {
		this.runner.withPropertyValues("fairflow.sms.twilio.account-sid=AC0123456789abcdef0123456789abcdef")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("fairflow.sms.twilio.auth-token"));
	}

	@Test
	void usesSmtpWhenAMailHostIsConfigured() {
		this.runner.withPropertyValues("spring.mail.host=127.0.0.1", "fairflow.mail.from=expo@example.org")
			.run((context) -> assertThat(context.getBean(MailGateway.class)).isInstanceOf(JakartaMailGateway.class)
				.hasFieldOrPropertyWithValue("from", "expo@example.org"));
	}

	@Test
	void bindsTwilioPropertiesInCamelOrKebabCaseWithTheDefaultBaseUrl() {
		this.runner
			.withPropertyValues("fairflow.sms.twilio.accountSid=AC1", "fairflow.sms.twilio.auth-token=t",
					"fairflow.sms.twilio.from=+15005550006")
			.run((context) -> assertThat(TwilioSettings.from(context.getEnvironment()))
				.isEqualTo(new TwilioSettings("AC1", "t", "+15005550006", null, "https://api.twilio.com")));
	}

}
