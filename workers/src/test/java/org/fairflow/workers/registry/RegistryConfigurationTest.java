package org.fairflow.workers.registry;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(RegistryConfiguration.class);

	@Test
	void providesTheSimulationByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(CreditRegistry.class))
			.isInstanceOf(SimulatedCreditRegistry.class));
	}

	@Test
	void readsUnknownCodesAsACommaSeparatedList() {
		this.runner
			.withPropertyValues("fairflow.registry.simulated.unknown-codes=9144030071526726XG, 91350100m000100y43")
			.run((context) -> {
				CreditRegistry registry = context.getBean(CreditRegistry.class);
				assertThat(registry.lookup("9144030071526726XG")).isEmpty();
				assertThat(registry.lookup("91350100M000100Y43")).isEmpty();
				assertThat(registry.lookup("914403001922038216")).isPresent();
			});
	}

	@Test
	void readsUnknownCodesAsAnIndexedList() {
		this.runner.withPropertyValues("fairflow.registry.simulated.unknown-codes[0]=9144030071526726XG")
			.run((context) -> assertThat(context.getBean(CreditRegistry.class).lookup("9144030071526726XG")).isEmpty());
	}

	@Test
	void stepsAsideForAnotherProvider() {
		this.runner.withPropertyValues("fairflow.registry.provider=national")
			.run((context) -> assertThat(context).doesNotHaveBean(CreditRegistry.class));
	}

}
