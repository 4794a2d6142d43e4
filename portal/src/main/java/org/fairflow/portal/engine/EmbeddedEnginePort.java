package org.fairflow.portal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the Camunda client at the embedded engine, so the two settings can never
 * disagree; port 0 picks a free port (tests run several portals side by side). Marks this
 * process as the only one sending the portal's notifications.
 */
class EmbeddedEnginePort implements EnvironmentPostProcessor {

	static final String PORT = "fairflow.engine.embedded-port";

	static final String SOLE_PROCESS = "fairflow.notification.sole-process";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		if (!env.getProperty("fairflow.engine.embedded", Boolean.class, true)) {
			return;
		}
		int port = env.getProperty(PORT, Integer.class, 26500);
		if (port == 0) {
			port = freePort();
		}
		// With the engine inside it, this process is the only one that runs the cases: a
		// notification attempt of an earlier process died with it (no in-flight wait).
		env.getPropertySources()
			.addFirst(new MapPropertySource("fairflowEmbeddedEngine", Map.of(PORT, port, "camunda.client.grpc-address",
					"http://127.0.0.1:" + port, "camunda.client.prefer-rest-over-grpc", false, SOLE_PROCESS, true)));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the embedded engine", ex);
		}
	}

}
