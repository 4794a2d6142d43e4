package org.fairflow.portal.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

	@Autowired
	EngineProperties properties;

	@Test
	void thePortalWithItsEmbeddedEngineIsTheOnlyProcessSendingItsNotifications() {
		assertThat(this.environment.getProperty(EmbeddedEnginePort.SOLE_PROCESS, Boolean.class)).isTrue();
		assertThat(this.environment.getProperty("camunda.client.grpc-address"))
			.isEqualTo("http://127.0.0.1:" + this.environment.getProperty(EmbeddedEnginePort.PORT));
	}

	@Test
	void theEmbeddedEngineKeepsItsStateInRocksDbUnderTheDataDirectoryByDefault() throws Exception {
		assertThat(this.properties.state()).isEqualTo(EngineProperties.StateStore.ROCKSDB);
		Path state = Path.of(this.environment.getRequiredProperty("fairflow.data-dir")).resolve(RocksDbEngines.FOLDER);
		try (Stream<Path> folders = Files.list(state)) {
			assertThat(folders.filter(Files::isDirectory)).as("the running engine's state folder").isNotEmpty();
		}
	}

}
