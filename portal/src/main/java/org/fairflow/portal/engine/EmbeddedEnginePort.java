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
 * disagree; port 0 picks a free port (tests run several portals side by side).
 */
class EmbeddedEnginePort implements EnvironmentPostProcessor {

	static final String PORT = "fairflow.engine.embedded-port";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		if (!env.getProperty("fairflow.engine.embedded", Boolean.class, true)) {
			return;
		}
		int port = env.getProperty(PORT, Integer.class, 26500);
		if (port == 0) {
			port = freePort();
		}
		env.getPropertySources()
			.addFirst(new MapPropertySource("fairflowEmbeddedEngine", Map.of(PORT, port, "camunda.client.grpc-address",
					"http://127.0.0.1:" + port, "camunda.client.prefer-rest-over-grpc", false)));
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
