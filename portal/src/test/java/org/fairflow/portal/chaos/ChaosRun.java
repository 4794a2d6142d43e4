package org.fairflow.portal.chaos;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.external.Licences;
import org.fairflow.portal.external.PortalProcess;
import org.fairflow.portal.external.PortalSession;
import org.fairflow.portal.external.TwilioStub;
import org.fairflow.workers.registry.CreditCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One chaos run against one database: registrations killed after two thirds are
 * acknowledged, a restart, the remaining registrations and the first reviews killed after
 * half are acknowledged, a restart, then the checks on the stored data and on what the
 * SMS provider received.
 */
final class ChaosRun {

	interface Database {

		Connection open() throws SQLException;

	}

	static final String UNIT_PASSWORD = "Chaos-Kill-Nine-2026";

	private static final String REVIEWER = "pudong";

	private static final String REVIEWER_PASSWORD = "demo1234";

	private static final int THREADS = 6;

	private static final Duration DUE_IN = Duration.ofDays(3);

	/**
	 * Longer than a failed job's back-off (10 s), so a retry still to come is waited for.
	 */
	private static final Duration SETTLED_AFTER = Duration.ofSeconds(15);

	private static final Pattern PUDONG = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*浦东");

	private static final Pattern TASK_ROW = Pattern.compile("data-task-id=\"(\\d+)\"");

	private final String name;

	private final int cases;

	private final Map<String, String> environment;

	private final Path logs;

	private final Database database;

	/** Credit code by unit index, for every registration the portal acknowledged. */
	private final Map<Integer, String> registered = new ConcurrentHashMap<>();

	/** Task ids whose approval the portal acknowledged. */
	private final Set<Long> approved = ConcurrentHashMap.newKeySet();

	private final AtomicInteger nextUnit = new AtomicInteger();

	ChaosRun(String name, int cases, Map<String, String> environment, Path logs, Database database) {
		this.name = name;
		this.cases = cases;
		this.environment = environment;
		this.logs = logs;
		this.database = database;
	}

	void run() throws Exception {
		try (TwilioStub twilio = new TwilioStub(Duration.ofMillis(300), Duration.ofMillis(500))) {
			Map<String, String> env = new HashMap<>(this.environment);
			env.put("TWILIO_ACCOUNT_SID", "AC" + "0123456789abcdef".repeat(2));
			env.put("TWILIO_AUTH_TOKEN", "chaos-token");
			env.put("TWILIO_FROM", "+15005550006");
			PortalProcess portal = new PortalProcess(env, List.of("--fairflow.sms.twilio.base-url=" + twilio.baseUrl()),
					this.logs.resolve(this.name + "-portal.log"));
			try {
				portal.start();
				register(portal, this.cases * 2 / 3, true);

				portal.start();
				assertThat(portal.startingAnswers()).as("/login while the portal starts: not listening or 503")
					.allMatch((status) -> status == 503);
				register(portal, this.cases, false);
				approveFirstReviews(portal, this.cases / 2);

				portal.start();
				settle(portal, twilio);
			}
			finally {
				portal.stop();
			}
			verify(twilio);
		}
	}

	/**
	 * Registers units until {@code target} are acknowledged; kills the portal then if
	 * asked.
	 */
	private void register(PortalProcess portal, int target, boolean kill) throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		runConcurrently(() -> {
			PortalSession session = new PortalSession(portal.baseUrl());
			while (this.registered.size() < target && !killed.get()) {
				int unit = this.nextUnit.getAndIncrement();
				if (registerOne(session, unit) && kill && this.registered.size() >= target
						&& killed.compareAndSet(false, true)) {
					portal.kill();
				}
			}
			return null;
		}, killed);
		assertThat(this.registered).as("acknowledged registrations").hasSizeGreaterThanOrEqualTo(target);
	}

	private boolean registerOne(PortalSession session, int unit) throws IOException, InterruptedException {
		var page = session.get("/register");
		Matcher pudong = PUDONG.matcher(page.body());
		assertThat(pudong.find()).as("registration page offers Pudong").isTrue();
		String creditCode = CreditCode.withCheckCharacter("51" + "3101150" + "%08d".formatted(unit));
		Map<String, List<String>> fields = new HashMap<>();
		fields.put("_csrf", List.of(PortalSession.csrfOf(page.body())));
		fields.put("creditCode", List.of(creditCode));
		fields.put("category", List.of("SOCIAL_ORGANISATION"));
		fields.put("nameZh", List.of("混沌测试商会" + unit));
		fields.put("nameEn", List.of("Chaos chamber " + unit));
		fields.put("address", List.of("上海市浦东新区测试路 " + unit + " 号"));
		fields.put("contactName", List.of("测试联络人"));
		fields.put("contactMobile", List.of(mobile(unit)));
		fields.put("contactEmail", List.of("unit" + unit + "@example.com"));
		fields.put("organisationId", List.of(pudong.group(1)));
		fields.put("productAreas", List.of("FOOD_AGRI"));
		fields.put("plannedImportAmount", List.of("10"));
		fields.put("password", List.of(UNIT_PASSWORD));
		fields.put("passwordConfirm", List.of(UNIT_PASSWORD));
		var answer = session.postMultipart("/register", fields, "licence", "licence.png", Licences.png(unit));
		boolean acknowledged = answer.statusCode() == 302
				&& answer.headers().firstValue("Location").orElse("").contains("registered");
		assertThat(acknowledged || answer.statusCode() == 200)
			.as("answer to registration %d: %d", unit, answer.statusCode())
			.isTrue();
		if (acknowledged) {
			this.registered.put(unit, creditCode);
		}
		return acknowledged;
	}

	/**
	 * The reviewer approves first reviews; the portal is killed after {@code killAfter}.
	 */
	private void approveFirstReviews(PortalProcess portal, int killAfter) throws Exception {
		PortalSession reviewer = new PortalSession(portal.baseUrl());
		assertThat(reviewer.login(REVIEWER, REVIEWER_PASSWORD)).as("reviewer login").isTrue();
		List<Long> tasks = inbox(reviewer);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (tasks.size() <= killAfter && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			tasks = inbox(reviewer);
		}
		assertThat(tasks).as("first reviews in the inbox").hasSizeGreaterThan(killAfter);
		List<Long> open = List.copyOf(tasks);
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		runConcurrently(() -> {
			while (!killed.get()) {
				int index = next.getAndIncrement();
				if (index >= open.size()) {
					return null;
				}
				long task = open.get(index);
				String token = reviewer.csrf("/tasks/" + task);
				var answer = reviewer.postForm("/tasks/" + task + "/decide",
						Map.of("decision", "approve", "comment", "", "_csrf", token));
				if (answer.statusCode() == 302
						&& answer.headers().firstValue("Location").orElse("").endsWith("/tasks")) {
					this.approved.add(task);
					if (this.approved.size() >= killAfter && killed.compareAndSet(false, true)) {
						portal.kill();
					}
				}
			}
			return null;
		}, killed);
		assertThat(this.approved).as("acknowledged approvals").hasSizeGreaterThanOrEqualTo(killAfter);
	}

	/**
	 * Every task of the reviewer's list, page by page; a page past the end shows the last
	 * page again, so the list ends at the first page without a task not seen before.
	 */
	private static List<Long> inbox(PortalSession session) throws IOException, InterruptedException {
		java.util.Set<Long> tasks = new java.util.LinkedHashSet<>();
		for (int page = 0;; page++) {
			Matcher rows = TASK_ROW.matcher(session.get("/tasks?page=" + page).body());
			int before = tasks.size();
			while (rows.find()) {
				tasks.add(Long.parseLong(rows.group(1)));
			}
			if (tasks.size() == before) {
				return new ArrayList<>(tasks);
			}
		}
	}

	/**
	 * Waits until the resumed portal is quiet: no SMS and no change of the reviewer's
	 * inbox for a few seconds.
	 */
	private void settle(PortalProcess portal, TwilioStub twilio) throws Exception {
		PortalSession reviewer = new PortalSession(portal.baseUrl());
		assertThat(reviewer.login(REVIEWER, REVIEWER_PASSWORD)).isTrue();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		String last = "";
		Instant since = Instant.now();
		while (Instant.now().isBefore(deadline)) {
			String now = twilio.accepted().size() + "/" + inbox(reviewer).size();
			if (!now.equals(last)) {
				last = now;
				since = Instant.now();
			}
			else if (Duration.between(since, Instant.now()).compareTo(SETTLED_AFTER) > 0) {
				return;
			}
			Thread.sleep(500);
		}
	}

	private void verify(TwilioStub twilio) throws Exception {
		try (Connection db = this.database.open()) {
			int lost = 0;
			for (String creditCode : this.registered.values()) {
				lost += count(db, "select count(*) from unit u join process_case c on c.id = u.case_id"
						+ " where u.credit_code = ?", creditCode) == 1 ? 0 : 1;
			}
			for (long task : this.approved) {
				lost += count(db, "select count(*) from human_task where id = ? and status = 'COMPLETED'"
						+ " and decision = 'approve'", task) == 1 ? 0 : 1;
			}
			int stuck = count(db, "select count(*) from process_case c where c.active = true and c.flow = 'unit-review'"
					+ " and (select count(*) from human_task t where t.case_id = c.id and t.status = 'OPEN') <> 1");
			List<String> dueDates = offDueDates(db);
			Map<String, Long> duplicates = twilio.duplicates();
			int missingSms = missingSms(db, twilio);
			System.out.printf(
					"chaos %s: %d registrations and %d approvals acknowledged across 2 kills; %d lost, %d"
							+ " duplicate SMS of %d sent, %d SMS missing, %d stuck cases, %d due dates moved%n",
					this.name, this.registered.size(), this.approved.size(), lost, duplicates.size(),
					twilio.accepted().size(), missingSms, stuck, dueDates.size());
			assertThat(lost).as("acknowledged writes lost").isZero();
			assertThat(duplicates).as("SMS sent twice").isEmpty();
			assertThat(missingSms).as("acknowledged cases without their SMS").isZero();
			assertThat(stuck).as("open cases without exactly one open task").isZero();
			assertThat(dueDates).as("open tasks whose due date is not 3 days after they were first reached").isEmpty();
		}
	}

	/** An open review's due date was fixed when it was first reached: 3 days after. */
	private static List<String> offDueDates(Connection db) throws SQLException {
		List<String> off = new ArrayList<>();
		try (PreparedStatement query = db
			.prepareStatement("select id, created_at, due_at from human_task where status = 'OPEN'");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				Instant created = rows.getTimestamp(2).toInstant();
				Instant due = rows.getTimestamp(3).toInstant();
				Duration gap = Duration.between(created, due);
				if (gap.compareTo(DUE_IN.minusMinutes(1)) < 0 || gap.compareTo(DUE_IN.plusSeconds(2)) > 0) {
					off.add("task " + rows.getLong(1) + ": created " + created + ", due " + due);
				}
			}
		}
		return off;
	}

	/**
	 * Every acknowledged registration got its "under review" SMS, and every acknowledged
	 * approval its "first review passed" SMS, once.
	 */
	private int missingSms(Connection db, TwilioStub twilio) throws SQLException {
		int missing = 0;
		for (int unit : this.registered.keySet()) {
			missing += received(twilio, mobile(unit), "正在审核中") == 1 ? 0 : 1;
		}
		for (long task : this.approved) {
			String mobile = text(db, "select u.contact_mobile from human_task t join unit u on u.case_id = t.case_id"
					+ " where t.id = ?", task);
			missing += received(twilio, mobile, "初审") == 1 ? 0 : 1;
		}
		return missing;
	}

	private static long received(TwilioStub twilio, String mobile, String text) {
		String to = mobile.startsWith("+") ? mobile : "+86" + mobile;
		return twilio.accepted().stream().filter((m) -> to.equals(m.to()) && m.body().contains(text)).count();
	}

	private static String mobile(int unit) {
		return "139" + "%08d".formatted(unit);
	}

	private static int count(Connection db, String sql, Object... parameters) throws SQLException {
		return Integer.parseInt(text(db, sql, parameters));
	}

	/** The first column of the single row a query returns. */
	private static String text(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).as("a row for %s", sql).isTrue();
				return rows.getString(1);
			}
		}
	}

	/**
	 * Runs the work on a few threads; after a kill, requests fail and the threads end.
	 */
	private static void runConcurrently(java.util.concurrent.Callable<Void> work, AtomicBoolean killed)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Void>> running = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				running.add(threads.submit(work));
			}
			for (Future<Void> future : running) {
				try {
					future.get();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					if (!killed.get() || !(ex.getCause() instanceof IOException)) {
						throw ex;
					}
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
