package org.fairflow.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages are application modules: no cycles between them, and no module
 * reaches into another's internals.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void everyFeaturePackageIsAModule() {
		assertThat(this.modules.stream().map(ApplicationModule::getName)).contains("cases", "demo", "engine", "org",
				"progress", "security", "tasks", "unit", "web");
	}

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
		this.modules.verify();
	}

}
