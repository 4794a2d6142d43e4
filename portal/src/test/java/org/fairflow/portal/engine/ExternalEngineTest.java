package org.fairflow.portal.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import org.fairflow.portal.PortalApplication;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code fairflow.engine.embedded=false} the portal starts no engine of its own and
 * works against whatever {@code camunda.client.grpc-address} names, as it would against a
 * cluster. An in-memory engine started by the test stands in for that cluster.
 */
class ExternalEngineTest {

	@Test
	void portalWithoutEmbeddedEngineRunsCasesOnTheConfiguredEngine() throws Exception {
		dropSchema("portal_remote");
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ZeebeTestEngine cluster = EngineFactory.create(port);
		cluster.start();
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class)
			.profiles("test")
			.run("--fairflow.test.schema=portal_remote", "--server.port=0", "--fairflow.engine.embedded=false",
					"--fairflow.engine.epoch=cluster-a", "--camunda.client.grpc-address=http://127.0.0.1:" + port)) {
			assertThat(portal.getBeansOfType(ZeebeTestEngine.class)).isEmpty();
			assertThat(portal.getBean(EngineEpoch.class).current()).isEqualTo("cluster-a");

			Fixtures fixtures = Fixtures.of(portal);
			String caseId = fixtures.register(Fixtures.form(UnitCategory.ENTERPRISE, fixtures.tree().sub()));
			fixtures.awaitClosed(caseId);

			assertThat(fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
			assertThat(fixtures.caseRecord(caseId).getEngineEpoch()).isEqualTo("cluster-a");
		}
		finally {
			cluster.stop();
		}
	}

	private static void dropSchema(String schema) throws Exception {
		String url = System.getenv().getOrDefault("FAIRFLOW_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		try (Connection connection = DriverManager.getConnection(url,
				System.getenv().getOrDefault("FAIRFLOW_TEST_DB_USER", "postgres"),
				System.getenv().getOrDefault("FAIRFLOW_TEST_DB_PASSWORD", ""));
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
	}

}
