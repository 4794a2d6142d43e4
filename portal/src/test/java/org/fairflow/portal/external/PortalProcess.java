package org.fairflow.portal.external;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The portal as a user runs it: its boot jar in a JVM of its own, with the default
 * profile, so it can be killed with SIGKILL and started again on the same data. Used by
 * the chaos test and the benchmarks.
 */
public final class PortalProcess {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Map<String, String> environment;

	private final List<String> jvmOptions;

	private final List<String> arguments;

	private final Path log;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Integer> startingAnswers = new ArrayList<>();

	private Process process;

	/**
	 * A portal with the environment (database, data directory, providers) and the
	 * application arguments given, logging to {@code log}.
	 */
	public PortalProcess(Map<String, String> environment, List<String> arguments, Path log) {
		this(environment, List.of(), arguments, log);
	}

	/**
	 * As {@link #PortalProcess(Map, List, Path)}, with JVM options after the defaults
	 * ({@code -Xmx768m -XX:+UseSerialGC}), so that, for example, {@code -Xmx1g} replaces
	 * the default heap limit.
	 */
	public PortalProcess(Map<String, String> environment, List<String> jvmOptions, List<String> arguments, Path log) {
		this.environment = new TreeMap<>(environment);
		this.jvmOptions = List.copyOf(jvmOptions);
		this.arguments = List.copyOf(arguments);
		this.log = log;
		this.port = freePort();
		this.environment.put("PORT", String.valueOf(this.port));
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Starts the portal and waits until its readiness is UP; records what {@code /login}
	 * answered meanwhile.
	 */
	public void start() throws Exception {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-XX:+UseSerialGC"));
		command.addAll(this.jvmOptions);
		command.addAll(List.of("-jar", jar().toString(), "--fairflow.engine.embedded-port=0"));
		command.addAll(this.arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		builder.environment().putAll(this.environment);
		this.process = builder.start();
		this.startingAnswers.clear();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				fail("The portal stopped while starting; see " + this.log);
			}
			if (status("/actuator/health/readiness") == 200) {
				// The page probed between the last readiness probe and this one may have
				// found the portal ready already: that one answer does not count.
				if (!this.startingAnswers.isEmpty()
						&& this.startingAnswers.get(this.startingAnswers.size() - 1) == 200) {
					this.startingAnswers.remove(this.startingAnswers.size() - 1);
				}
				return;
			}
			int login = status("/login");
			if (login > 0) {
				this.startingAnswers.add(login);
			}
			Thread.sleep(200);
		}
		fail("The portal was not ready within " + START_TIMEOUT + "; see " + this.log);
	}

	/** What {@code /login} answered while readiness was not yet UP (0: not listening). */
	public List<Integer> startingAnswers() {
		return List.copyOf(this.startingAnswers);
	}

	/** SIGKILL: no shutdown hook, no flush, nothing the portal can do about it. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
	}

	/** The operating system's id of the running portal's JVM. */
	public long pid() {
		return this.process.pid();
	}

	/** Whether the portal's JVM still runs. */
	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** The file the portal's output goes to. */
	public Path log() {
		return this.log;
	}

	/** SIGTERM and a graceful shutdown. */
	public void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

	private int status(String path) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** The boot jar that {@code package} built before the integration tests run. */
	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((p) -> p.getFileName().toString().matches("fairflow-portal-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No portal jar in target/: run mvn verify"));
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
