package org.fairflow.workers.courier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chooses the courier. Only the simulation exists so far; a real courier client will be
 * another value of {@code fairflow.courier.provider}.
 */
@Configuration(proxyBeanMethods = false)
class CourierConfiguration {

	@Bean
	@ConditionalOnProperty(name = "fairflow.courier.provider", havingValue = "simulated", matchIfMissing = true)
	SimulatedCourierService simulatedCourierService(JdbcTemplate jdbc) {
		return new SimulatedCourierService(jdbc);
	}

}
