package org.fairflow.portal.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import org.fairflow.portal.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the portal with SIGKILL right after acknowledged registrations and decisions,
 * with a slow SMS provider, on the default H2 database and on PostgreSQL, and checks that
 * nothing acknowledged is lost, no SMS goes out twice, no case is stuck and due dates
 * keep their absolute time. {@code -Dfairflow.chaos.cases=300} runs the large version.
 */
class KillNineIT {

	private static final int CASES = Integer.getInteger("fairflow.chaos.cases", 36);

	@TempDir
	Path work;

	/** The portals' logs stay after the run, for a look at what happened. */
	private static Path logs() throws IOException {
		return Files.createDirectories(Path.of("target", "chaos"));
	}

	@Test
	void nothingAcknowledgedIsLostOnTheDefaultH2() throws Exception {
		Path data = Files.createDirectories(this.work.resolve("data"));
		Map<String, String> environment = new HashMap<>();
		environment.put("FAIRFLOW_DATA_DIR", data.toString());
		String url = "jdbc:h2:file:" + data.resolve("fairflow")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		new ChaosRun("h2", CASES, environment, logs(), () -> DriverManager.getConnection(url, "sa", "")).run();
	}

	@Test
	void nothingAcknowledgedIsLostOnPostgreSql() throws Exception {
		String schema = System.getenv().getOrDefault("FAIRFLOW_TEST_SCHEMA", "portal_test") + "_chaos";
		TestDatabase database = TestDatabase.fromEnvironment();
		database.dropSchema(schema);
		database.execute("create schema " + schema);
		TestDatabase chaos = new TestDatabase(
				database.url() + (database.url().contains("?") ? "&" : "?") + "currentSchema=" + schema,
				database.user(), database.password());
		Map<String, String> environment = new HashMap<>();
		environment.put("FAIRFLOW_DATA_DIR", Files.createDirectories(this.work.resolve("data")).toString());
		environment.put("FAIRFLOW_DB_URL", chaos.url());
		environment.put("FAIRFLOW_DB_USER", chaos.user());
		environment.put("FAIRFLOW_DB_PASSWORD", chaos.password());
		new ChaosRun("postgresql", CASES, environment, logs(), chaos::open).run();
	}

}
