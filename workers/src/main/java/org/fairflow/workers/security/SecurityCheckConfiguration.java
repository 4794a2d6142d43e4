package org.fairflow.workers.security;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the security check. Only the simulation exists so far; a real service client
 * will be another value of {@code fairflow.security-check.provider}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityCheckConfiguration {

	static final String DELAY = "fairflow.security-check.simulated.delay";

	static final String WATCH_LIST = "fairflow.security-check.simulated.watch-list";

	@Bean
	@ConditionalOnProperty(name = "fairflow.security-check.provider", havingValue = "simulated", matchIfMissing = true)
	SimulatedSecurityCheckService simulatedSecurityCheckService(Environment environment,
			ObjectProvider<SecurityCheckListener> listeners) {
		Binder binder = Binder.get(environment);
		Duration delay = binder.bind(DELAY, Duration.class).orElse(Duration.ofSeconds(5));
		// Binder accepts both a comma-separated value and an indexed YAML list.
		List<String> watchList = binder.bind(WATCH_LIST, Bindable.listOf(String.class)).orElse(List.of());
		return new SimulatedSecurityCheckService(delay, watchList, listeners);
	}

}
