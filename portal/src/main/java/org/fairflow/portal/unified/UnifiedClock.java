package org.fairflow.portal.unified;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time codes expire and rate limits count by, as a bean so that a test context can
 * put a movable clock in its place.
 */
@Configuration(proxyBeanMethods = false)
class UnifiedClock {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
