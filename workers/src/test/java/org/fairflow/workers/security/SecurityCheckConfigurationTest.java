package org.fairflow.workers.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityCheckConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SecurityCheckConfiguration.class);

	@Test
	void providesTheSimulationByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(SecurityCheckService.class))
			.isInstanceOf(SimulatedSecurityCheckService.class));
	}

	@Test
	void stepsAsideForAnotherProvider() {
		this.runner.withPropertyValues("fairflow.security-check.provider=mps")
			.run((context) -> assertThat(context).doesNotHaveBean(SecurityCheckService.class));
	}

	@Test
	void masksTheDocumentNumberInTheRequestsText() {
		SecurityCheckRequest request = new SecurityCheckRequest("c1", 1, "张三", "CN", "ID_CARD", "11010519491231002X",
				"1949-12-31");

		assertThat(request.toString()).doesNotContain("11010519491231002X", "张三", "1949").contains("****2X");
		assertThat(request.key()).isEqualTo("c1/1");
	}

}
