package org.fairflow.portal.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairflow.portal.PortalApplication;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.EngineStatus;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.TestDatabase;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 15 (and P2 of issue 14): how the portal keeps up as open cases pile up. Units are
 * registered through the real registration service; each case runs the unit review up to
 * the first review, where it waits as an open task. At each level of open cases the bench
 * measures how many new review tasks the portal creates per second, the reviewer's task
 * list and an applicant's progress page (p50/p95), and the portal's heap and resident
 * memory: with the engine's state in RocksDB and in memory, in the same run.
 *
 * <p>
 * Password hashing is cheapened (BCrypt cost 4) so that filling tens of thousands of
 * units does not measure BCrypt; everything else is the portal as it runs.
 */
class OpenCasesBench {

	private static final int WINDOW = Integer.getInteger("fairflow.bench.window", 200);

	private static final int THREADS = 4;

	private static final int WARM_UP = Integer.getInteger("fairflow.bench.warm-up", 300);

	private static final int SAMPLES = 200;

	private Restart restart;

	@Test
	void newReviewTasksPerSecondAndPageLatencyAsOpenCasesGrow() throws Exception {
		List<Integer> rocksLevels = levels("fairflow.bench.open-levels", "1000,10000,100000");
		List<Integer> memoryLevels = levels("fairflow.bench.memory-levels", "1000,4000");
		BenchReport report = new BenchReport("Open cases: review tasks per second and page latency (issue 15, P2)");
		int restartAt = Integer.getInteger("fairflow.bench.restart-at", 10_000);
		List<Level> rocks = run("rocksdb", rocksLevels, restartAt);
		Restart restarted = this.restart;
		List<Level> memory = run("memory", memoryLevels, -1);
		for (Level level : rocks) {
			report.row("RocksDB state, " + level.open() + " open: new review tasks/s",
					BenchReport.number(level.tasksPerSecond()),
					ratio(level.tasksPerSecond(), rocks.get(0).tasksPerSecond()), "≥ 0.80 of the first level");
		}
		for (Level level : memory) {
			report.row("in-memory state, " + level.open() + " open: new review tasks/s",
					BenchReport.number(level.tasksPerSecond()),
					ratio(level.tasksPerSecond(), memory.get(0).tasksPerSecond()), "–");
		}
		for (List<Level> store : List.of(rocks, memory)) {
			for (Level level : store) {
				report.row(level.store() + ", " + level.open() + " open: task list p50/p95 ms",
						level.inbox().toString(), ratio(level.inbox().p95(), store.get(0).inbox().p95()),
						"p95 ≤ 1.5x the first level");
				report.row(level.store() + ", " + level.open() + " open: progress page p50/p95 ms",
						level.progress().toString(), ratio(level.progress().p95(), store.get(0).progress().p95()),
						"p95 ≤ 1.5x the first level");
				report.row(level.store() + ", " + level.open() + " open: heap / resident MB; engine log records",
						level.heapMb() + " / " + level.residentMb() + "; " + level.records(), "–", "–");
			}
		}
		if (restarted != null) {
			report.row("RocksDB state: restart with " + restarted.open() + " open cases, until all resumed (s)",
					BenchReport.number(restarted.seconds()), "–", "–");
			report.row("  resumed / refused by the engine", restarted.resumed() + " / " + restarted.failed(), "–",
					"all / 0");
			report.row("  message send attempts before / after the restart",
					restarted.attemptsBefore() + " / " + restarted.attemptsAfter(), "–", "equal");
		}
		report.note("Units registered through the real registration service by " + THREADS
				+ " threads (BCrypt at cost 4 so that filling measures the portal, not hashing), social organisations "
				+ "whose review waits at the first review; each level then registers " + WINDOW
				+ " more and times them until their review tasks are in the inbox.");
		report.note("Pages through MockMvc in the same JVM (no network), " + SAMPLES + " calls each after "
				+ Latency.WARM_UP + " warm-up calls: the sub-delegation reviewer's task list (/tasks) and the last "
				+ "applicant's progress page, after ANALYZE of their tables (autovacuum is off on this machine). Heap after a full GC; resident memory of the whole JVM (portal, engine, "
				+ "load generator).");
		report.note("In-memory state stops at lower levels: it slows down with every open case (see ENGINE facts).");
		report.write();
	}

	private List<Level> run(String store, List<Integer> levels, int restartAt) throws Exception {
		String schema = System.getenv().getOrDefault("FAIRFLOW_TEST_SCHEMA", "bench") + "_open";
		TestDatabase.fromEnvironment().dropSchema(schema);
		List<Level> measured = new ArrayList<>();
		ConfigurableApplicationContext portal = start(schema, store);
		try {
			Fixtures.Tree tree = Fixtures.of(portal).tree();
			// Warm-up: the first level is measured on a portal whose code is compiled.
			register(Fixtures.of(portal), tree, WARM_UP);
			int open = WARM_UP;
			for (int level : levels) {
				Fixtures fixtures = Fixtures.of(portal);
				JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
				register(fixtures, tree, level - open);
				awaitTasks(jdbc, level);
				long started = System.nanoTime();
				String lastCase = register(fixtures, tree, WINDOW);
				awaitTasks(jdbc, level + WINDOW);
				double seconds = (System.nanoTime() - started) / 1e9;
				open = level + WINDOW;
				// As autovacuum would (it is off on the machines these runs are
				// made on): the planner needs to know how many tasks there are.
				jdbc.execute("analyze human_task");
				jdbc.execute("analyze process_case");
				jdbc.execute("analyze case_event");
				MockMvc web = MockMvcBuilders
					.webAppContextSetup((org.springframework.web.context.WebApplicationContext) portal)
					.apply(springSecurity())
					.build();
				PortalUser reviewer = fixtures.user(tree.subReviewer());
				PortalUser applicant = applicantOf(fixtures, jdbc, lastCase);
				Latency inbox = Latency.of(SAMPLES,
						() -> web.perform(get("/tasks").with(user(reviewer))).andReturn().getResponse().getStatus());
				Latency progress = Latency.of(SAMPLES,
						() -> web.perform(get("/progress/{id}", lastCase).with(user(applicant)))
							.andReturn()
							.getResponse()
							.getStatus());
				System.gc();
				measured.add(new Level(store, level, WINDOW / seconds, inbox, progress, heapMb(), residentMb(),
						engineRecords(portal)));
				System.out.printf("[bench] %s state, %d open: %.1f new review tasks/s, task list p95 %.1f ms%n", store,
						level, WINDOW / seconds, inbox.p95());
				if (level == restartAt) {
					portal = restart(portal, schema, store, open);
				}
			}
		}
		finally {
			portal.close();
		}
		return measured;
	}

	private static ConfigurableApplicationContext start(String schema, String store) {
		return new SpringApplicationBuilder(PortalApplication.class, CheapHashes.class).profiles("test")
			.run("--fairflow.test.schema=" + schema, "--server.port=0", "--fairflow.engine.state=" + store,
					"--fairflow.engine.recycle-after-records=0", "--logging.level.org.fairflow=WARN");
	}

	/**
	 * Stops the portal with {@code open} cases waiting and starts it again on the same
	 * database: times the start until every case is resumed and checks that each review
	 * task is back in the inbox and that no message was sent again.
	 */
	private ConfigurableApplicationContext restart(ConfigurableApplicationContext portal, String schema, String store,
			int open) throws InterruptedException {
		JdbcTemplate before = portal.getBean(JdbcTemplate.class);
		long attempts = sentAttempts(before);
		portal.close();
		long started = System.nanoTime();
		ConfigurableApplicationContext again = start(schema, store);
		double seconds = (System.nanoTime() - started) / 1e9;
		EngineStatus.Snapshot status = again.getBean(EngineStatus.class).snapshot();
		JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
		String epoch = again.getBean(EngineGateway.class).epoch();
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (openReviewsIn(jdbc, epoch) < open) {
			assertThat(System.nanoTime()).as("every review task delivered again").isLessThan(deadline);
			Thread.sleep(200);
		}
		this.restart = new Restart(store, open, status.resumed(), status.failed(), seconds, attempts,
				sentAttempts(jdbc));
		System.out.printf("[bench] %s state: restart with %d open cases, %d resumed, %d failed in %.1f s%n", store,
				open, status.resumed(), status.failed(), seconds);
		assertThat(status.failed()).as("cases the engine refused to resume").isZero();
		assertThat(sentAttempts(jdbc)).as("no message sent again").isEqualTo(attempts);
		return again;
	}

	private static long sentAttempts(JdbcTemplate jdbc) {
		Long sum = jdbc.queryForObject("select coalesce(sum(attempts), 0) from notification_message", Long.class);
		return (sum != null) ? sum : 0;
	}

	private static int openReviewsIn(JdbcTemplate jdbc, String epoch) {
		Integer count = jdbc.queryForObject("select count(*) from human_task where element_id = 'Task_FirstReview' "
				+ "and completed_at is null and engine_epoch = ?", Integer.class, epoch);
		return (count != null) ? count : 0;
	}

	record Restart(String store, int open, int resumed, int failed, double seconds, long attemptsBefore,
			long attemptsAfter) {
	}

	/** Registers units that wait at the first review; returns the last one's case id. */
	private static String register(Fixtures fixtures, Fixtures.Tree tree, int count) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<String>> cases = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				cases.add(threads
					.submit(() -> fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()))));
			}
			String last = null;
			for (Future<String> caseId : cases) {
				last = caseId.get();
			}
			return last;
		}
		finally {
			threads.shutdown();
			threads.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	private static void awaitTasks(JdbcTemplate jdbc, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
		while (openReviews(jdbc) < count) {
			assertThat(System.nanoTime()).as("review tasks created in time").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static int openReviews(JdbcTemplate jdbc) {
		Integer count = jdbc.queryForObject(
				"select count(*) from human_task where element_id = 'Task_FirstReview' and completed_at is null",
				Integer.class);
		return (count != null) ? count : 0;
	}

	private static PortalUser applicantOf(Fixtures fixtures, JdbcTemplate jdbc, String caseId) {
		String group = jdbc.queryForObject("select applicant_group from process_case where id = ?", String.class,
				caseId);
		String username = jdbc.queryForObject("select username from user_account where unit_id = ?", String.class,
				Long.valueOf(group.substring("unit:".length())));
		return fixtures.user(username);
	}

	/** The records the engine's log holds (its health details tell them). */
	private static Object engineRecords(ConfigurableApplicationContext portal) {
		return portal.getBean("engineHealthIndicator", HealthIndicator.class).health().getDetails().get("records");
	}

	private static long heapMb() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private static long residentMb() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
				.findFirst()
				.orElse(-1L);
		}
		catch (java.io.IOException ex) {
			return -1;
		}
	}

	private static String ratio(double value, double base) {
		return (base > 0) ? BenchReport.ratio(value / base) : "–";
	}

	private static List<Integer> levels(String property, String defaults) {
		return Arrays.stream(System.getProperty(property, defaults).split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
	}

	record Level(String store, int open, double tasksPerSecond, Latency inbox, Latency progress, long heapMb,
			long residentMb, Object records) {
	}

	/**
	 * BCrypt at its lowest cost, so that filling the database measures the portal, not
	 * hashing.
	 */
	@Configuration(proxyBeanMethods = false)
	static class CheapHashes {

		@Bean
		@Primary
		PasswordEncoder benchPasswordEncoder() {
			return new BCryptPasswordEncoder(4);
		}

	}

}
