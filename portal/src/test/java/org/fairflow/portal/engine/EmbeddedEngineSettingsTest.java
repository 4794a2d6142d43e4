package org.fairflow.portal.engine;

import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** What the embedded engine sets for the rest of the portal. */
@PortalTest
class EmbeddedEngineSettingsTest {

	@Autowired
	Environment environment;

	@Test
	void thePortalWithItsEmbeddedEngineIsTheOnlyProcessSendingItsNotifications() {
		assertThat(this.environment.getProperty(EmbeddedEnginePort.SOLE_PROCESS, Boolean.class)).isTrue();
		assertThat(this.environment.getProperty("camunda.client.grpc-address"))
			.isEqualTo("http://127.0.0.1:" + this.environment.getProperty(EmbeddedEnginePort.PORT));
	}

}
