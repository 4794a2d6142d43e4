package org.fairflow.portal.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.fairflow.portal.PortalApplication;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole portal on a schema of its own that a test stops and starts again, as an
 * operator restarts it: each start brings a new in-memory engine that has forgotten
 * everything.
 */
public final class RestartablePortal implements BeforeEachCallback, AfterEachCallback {

	private final String schema;

	private ConfigurableApplicationContext running;

	private RestartablePortal(String schema) {
		this.schema = schema;
	}

	/**
	 * A portal on a schema named after the run's test schema and a suffix, emptied before
	 * each test and stopped after it ({@code @RegisterExtension}).
	 */
	public static RestartablePortal onFreshSchema(String suffix) {
		return new RestartablePortal(
				System.getenv().getOrDefault("FAIRFLOW_TEST_SCHEMA", "portal_test") + "_" + suffix);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws SQLException {
		TestDatabase.fromEnvironment().dropSchema(this.schema);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close();
	}

	/**
	 * Starts the portal (stopping a running one first), with further settings as
	 * {@code --name=value} arguments.
	 */
	public ConfigurableApplicationContext start(String... settings) {
		close();
		List<String> arguments = new ArrayList<>(List.of("--fairflow.test.schema=" + this.schema, "--server.port=0"));
		arguments.addAll(List.of(settings));
		this.running = new SpringApplicationBuilder(PortalApplication.class).profiles("test")
			.run(arguments.toArray(String[]::new));
		return this.running;
	}

	public void close() {
		if (this.running != null) {
			this.running.close();
			this.running = null;
		}
	}

}
