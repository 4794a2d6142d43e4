package org.fairflow.workers.registry;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the credit registry. Only the simulation exists so far; a real registry client
 * will be another value of {@code fairflow.registry.provider}.
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	static final String UNKNOWN_CODES = "fairflow.registry.simulated.unknown-codes";

	@Bean
	@ConditionalOnProperty(name = "fairflow.registry.provider", havingValue = "simulated", matchIfMissing = true)
	CreditRegistry simulatedCreditRegistry(Environment environment) {
		// Binder accepts both a comma-separated value and an indexed YAML list.
		List<String> unknownCodes = Binder.get(environment)
			.bind(UNKNOWN_CODES, Bindable.listOf(String.class))
			.orElse(List.of());
		return new SimulatedCreditRegistry(unknownCodes);
	}

}
