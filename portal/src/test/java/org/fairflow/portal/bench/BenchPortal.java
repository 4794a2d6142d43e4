package org.fairflow.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.fairflow.portal.external.PortalProcess;
import org.fairflow.portal.external.TwilioStub;
import org.fairflow.portal.support.TestDatabase;

/**
 * The portal's boot jar with the default profile on H2 or on PostgreSQL, sending its SMS
 * to a {@link TwilioStub} that answers at once and its e-mail to GreenMail, with an
 * {@link Approvals} watcher on both.
 */
final class BenchPortal implements AutoCloseable {

	/** Where the stored data is, to read the units' statuses after the portal stopped. */
	interface Database {

		Connection open() throws SQLException;

	}

	final String name;

	final TwilioStub twilio;

	final GreenMail mail;

	final PortalProcess portal;

	final Approvals approvals;

	private final Database database;

	private BenchPortal(String name, Map<String, String> environment, Database database, List<String> jvmOptions,
			Duration watchEvery) throws Exception {
		this.name = name;
		this.database = database;
		this.twilio = new TwilioStub(Duration.ZERO, Duration.ZERO);
		this.mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		this.mail.start();
		Map<String, String> env = new HashMap<>(environment);
		env.put("TWILIO_ACCOUNT_SID", "AC" + "0123456789abcdef".repeat(2));
		env.put("TWILIO_AUTH_TOKEN", "bench-token");
		env.put("TWILIO_FROM", "+15005550006");
		env.put("FAIRFLOW_SMTP_HOST", "127.0.0.1");
		env.put("FAIRFLOW_SMTP_PORT", String.valueOf(this.mail.getSmtp().getPort()));
		this.portal = new PortalProcess(env, jvmOptions,
				List.of("--fairflow.sms.twilio.base-url=" + this.twilio.baseUrl()),
				logs().resolve(name + "-portal.log"));
		this.approvals = new Approvals(this.twilio, this.mail, watchEvery);
	}

	/** The portal on the default H2 database, its data directory under {@code work}. */
	static BenchPortal onH2(String name, Path work, List<String> jvmOptions, Duration watchEvery) throws Exception {
		Path data = Files.createDirectories(work.resolve(name + "-data"));
		String url = "jdbc:h2:file:" + data.resolve("fairflow")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		return new BenchPortal(name, Map.of("FAIRFLOW_DATA_DIR", data.toString()),
				() -> DriverManager.getConnection(url, "sa", ""), jvmOptions, watchEvery);
	}

	/**
	 * The portal on PostgreSQL, schema {@code <FAIRFLOW_TEST_SCHEMA or bench>_bench},
	 * emptied first.
	 */
	static BenchPortal onPostgreSql(String name, Path work, List<String> jvmOptions, Duration watchEvery)
			throws Exception {
		String schema = System.getenv().getOrDefault("FAIRFLOW_TEST_SCHEMA", "bench") + "_bench";
		TestDatabase database = TestDatabase.fromEnvironment();
		database.dropSchema(schema);
		database.execute("create schema " + schema);
		TestDatabase bench = new TestDatabase(
				database.url() + (database.url().contains("?") ? "&" : "?") + "currentSchema=" + schema,
				database.user(), database.password());
		Map<String, String> environment = new HashMap<>();
		environment.put("FAIRFLOW_DATA_DIR", Files.createDirectories(work.resolve(name + "-data")).toString());
		environment.put("FAIRFLOW_DB_URL", bench.url());
		environment.put("FAIRFLOW_DB_USER", bench.user());
		environment.put("FAIRFLOW_DB_PASSWORD", bench.password());
		return new BenchPortal(name, environment, bench::open, jvmOptions, watchEvery);
	}

	/**
	 * With {@code -Dfairflow.bench.profile=true}, a flight recording of the portal under
	 * load in {@code target/bench/<name>.jfr} (read it with {@code jfr print} or JDK
	 * Mission Control): how the benchmarks found what to fix.
	 */
	static List<String> profiling(String name) throws IOException {
		if (!Boolean.getBoolean("fairflow.bench.profile")) {
			return List.of();
		}
		Path recording = logs().resolve(name + ".jfr").toAbsolutePath();
		return List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
	}

	/** The portals' logs stay after the run. */
	static Path logs() throws IOException {
		return Files.createDirectories(Path.of("target", "bench"));
	}

	/** Every bench unit's stored status by credit code; read after {@link #close()}. */
	Map<String, String> unitStatuses() throws SQLException {
		Map<String, String> statuses = new HashMap<>();
		try (Connection db = this.database.open();
				PreparedStatement query = db
					.prepareStatement("select credit_code, status from unit where credit_code like '913101150%'");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				statuses.put(rows.getString(1), rows.getString(2));
			}
		}
		return statuses;
	}

	/**
	 * The last lines of the portal's log that name an error, a warning or an exception.
	 */
	String logExcerpt(int lines) throws IOException {
		Path log = this.portal.log();
		if (!Files.exists(log)) {
			return "(no log)";
		}
		List<String> matching = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
			.filter((line) -> line.contains(" ERROR ") || line.contains(" WARN ") || line.contains("Exception")
					|| line.contains("OutOfMemory"))
			.toList();
		return String.join("\n", matching.subList(Math.max(0, matching.size() - lines), matching.size()));
	}

	@Override
	public void close() throws Exception {
		try {
			this.approvals.close();
			this.portal.stop();
		}
		finally {
			this.mail.stop();
			this.twilio.close();
		}
	}

}
