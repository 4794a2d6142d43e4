package org.fairflow.workers.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Picks the SMS and mail providers from properties. One bean method per channel decides
 * with a plain if, because {@code @ConditionalOnMissingBean} in a regular configuration
 * class depends on the order in which classes happen to be read.
 */
@Configuration(proxyBeanMethods = false)
class NotificationGatewaysConfiguration {

	static final String MAIL_FROM = "fairflow.mail.from";

	static final String DEFAULT_MAIL_FROM = "noreply@fairflow.local";

	@Bean
	SmsGateway smsGateway(Environment environment) {
		TwilioSettings twilio = TwilioSettings.from(environment);
		return twilio.configured() ? new TwilioSmsGateway(twilio) : new LoggingSmsGateway();
	}

	/**
	 * SMTP when {@code spring.mail.host} is set: Spring Boot's mail auto-configuration
	 * then provides the {@link JavaMailSender}.
	 */
	@Bean
	MailGateway mailGateway(Environment environment, ObjectProvider<JavaMailSender> senders) {
		if (StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
			return new JakartaMailGateway(senders.getObject(), environment.getProperty(MAIL_FROM, DEFAULT_MAIL_FROM));
		}
		return new LoggingMailGateway();
	}

}
