package org.fairflow.portal.engine;

import java.util.Map;

import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class ModelDeploymentTest {

	@Autowired
	ModelDeployment deployment;

	@Test
	void everyModelOfTheProcessesModuleIsDeployedAndAnUnchangedModelKeepsItsVersion() {
		Map<String, Integer> first = this.deployment.deploy();
		Map<String, Integer> again = this.deployment.deploy();

		assertThat(first).containsKey("unit-review");
		assertThat(again).isEqualTo(first);
	}

}
