package org.fairflow.portal.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The health component {@code mail}. Spring Boot's own check connects to the SMTP server
 * even when none is configured ({@code spring.mail.host} empty, e-mails only recorded),
 * which made a healthy default run DOWN: without a host there is nothing to check.
 */
@Configuration(proxyBeanMethods = false)
class MailHealthConfiguration {

	static final String NOT_CONFIGURED = "not configured: e-mails are recorded, not sent";

	@Bean
	HealthIndicator mailHealthContributor(Environment environment, ObjectProvider<JavaMailSenderImpl> senders) {
		JavaMailSenderImpl sender = senders.getIfAvailable();
		if (sender != null && StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
			return new MailHealthIndicator(sender);
		}
		return () -> Health.up().withDetail("smtp", NOT_CONFIGURED).build();
	}

}
