package org.fairflow.portal.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P1 of issue 14: how many auto-approved units per second the portal carries from
 * registration to the approval e-mail, against the bare engine running the same models
 * with no-op workers. In one run: the bare engine, then the portal's boot jar on H2, then
 * on PostgreSQL, each with a warm-up of max(20, N/8) units first. Target: portal units/s
 * ÷ bare instances/s ≥ 0.8. Asserts only correctness: every unit approved, no phone with
 * the approval SMS twice, no HTTP 500. Not part of the test suite:
 * {@code ./mvnw -B -Pbench -pl portal -am verify -Dfairflow.bench.units=N} (default 400).
 */
class AutoApprovalBench {

	private static final int UNITS = Integer.getInteger("fairflow.bench.units", 400);

	private static final int WARM_UP = Math.max(20, UNITS / 8);

	private static final Duration WATCH_EVERY = Duration.ofMillis(100);

	@TempDir
	Path work;

	/**
	 * One portal's batches.
	 *
	 * @param name h2 or postgresql
	 * @param warmUp the warm-up batch
	 * @param measured the measured batch
	 * @param notApprovedInDatabase registered units whose stored status is not APPROVED
	 * @param repeatedSms phones with the approval SMS more than once
	 */
	private record Phase(String name, AutoApprovals.Batch warmUp, AutoApprovals.Batch measured,
			List<String> notApprovedInDatabase, Map<String, Integer> repeatedSms) {
	}

	@Test
	void autoApprovalThroughput() throws Exception {
		Duration bound = Duration.ofMinutes(3).plusSeconds(UNITS);
		BareEngine.Result bare;
		List<String> jobTypes;
		try (BareEngine engine = new BareEngine()) {
			jobTypes = List.copyOf(engine.jobTypes());
			engine.run(WARM_UP, bound);
			bare = engine.run(UNITS, bound);
		}
		Phase h2;
		try (BenchPortal portal = BenchPortal.onH2("p1-h2", this.work, BenchPortal.profiling("p1-h2"), WATCH_EVERY)) {
			h2 = run(portal, bound);
		}
		Phase postgresql;
		try (BenchPortal portal = BenchPortal.onPostgreSql("p1-postgresql", this.work,
				BenchPortal.profiling("p1-postgresql"), WATCH_EVERY)) {
			postgresql = run(portal, bound);
		}

		BenchReport report = new BenchReport(
				"P1 auto-approval throughput, N = " + UNITS + " (warm-up " + WARM_UP + ")");
		report.row("bare engine: unit-review instances/s to completion (" + BareEngine.IN_FLIGHT + " in flight)",
				BenchReport.number(bare.perSecond()), "1.00", "–");
		for (Phase phase : List.of(h2, postgresql)) {
			AutoApprovals.Batch batch = phase.measured();
			report.row("portal on " + phase.name() + ": units/s, first registration to last approval SMS + e-mail",
					(batch.elapsed() == null) ? "not all approved" : BenchReport.number(batch.unitsPerSecond()),
					BenchReport.ratio(batch.unitsPerSecond() / bare.perSecond()), "≥ 0.80");
			report.row("portal on " + phase.name() + ": registrations/s acknowledged (" + AutoApprovals.THREADS
					+ " threads)", BenchReport.number(batch.registrationsPerSecond()), "–", "–");
		}
		report.note("Bare engine: the in-memory engine the portal embeds, models unit-review.bpmn and its decisions,"
				+ " streaming no-op workers for " + jobTypes + " (verify-credit-code answers creditVerified = true),"
				+ " " + bare.instances() + " instances in " + seconds(bare.elapsed()) + ".");
		for (Phase phase : List.of(h2, postgresql)) {
			AutoApprovals.Batch batch = phase.measured();
			report.note("Portal on " + phase.name() + ": the boot jar (default profile, -Xmx768m, SerialGC), "
					+ AutoApprovals.THREADS + " threads registering ENTERPRISE units in Pudong through /register"
					+ " (page + multipart post), Twilio stub answering at once, GreenMail; registering took "
					+ seconds(batch.registering()) + ", all approved after "
					+ ((batch.elapsed() == null) ? "–" : seconds(batch.elapsed())) + "; answers by HTTP status "
					+ batch.statuses() + ".");
		}
		report.note("The load generator runs on the same machine as the portal and shares its cores.");
		report.write();

		for (Phase phase : List.of(h2, postgresql)) {
			for (AutoApprovals.Batch batch : List.of(phase.warmUp(), phase.measured())) {
				assertThat(batch.serverErrors()).as("%s: HTTP 5xx or no answer to a registration", phase.name())
					.isZero();
				assertThat(batch.acknowledged()).as("%s: registrations acknowledged", phase.name())
					.hasSize(batch.units());
				assertThat(batch.missing()).as("%s: units without their approval SMS and e-mail", phase.name())
					.isEmpty();
			}
			assertThat(phase.repeatedSms()).as("%s: phones with the approval SMS twice", phase.name()).isEmpty();
			assertThat(phase.notApprovedInDatabase()).as("%s: units not APPROVED in the database", phase.name())
				.isEmpty();
		}
		assertThat(bare.failed()).as("bare engine instances that did not complete").isZero();
	}

	private static Phase run(BenchPortal bench, Duration bound) throws Exception {
		AutoApprovals.Batch warmUp;
		AutoApprovals.Batch measured;
		try (bench) {
			bench.portal.start();
			AutoApprovals driver = new AutoApprovals(bench.portal.baseUrl(), bench.approvals);
			warmUp = driver.run(0, WARM_UP, bound);
			measured = driver.run(WARM_UP, UNITS, bound);
		}
		Map<String, String> statuses = bench.unitStatuses();
		List<String> notApproved = new ArrayList<>();
		for (int unit = 0; unit < WARM_UP + UNITS; unit++) {
			String code = AutoApprovals.creditCode(unit);
			if (!"APPROVED".equals(statuses.get(code))) {
				notApproved.add(code + "=" + statuses.get(code));
			}
		}
		return new Phase(bench.name.substring(bench.name.indexOf('-') + 1), warmUp, measured, notApproved,
				bench.approvals.repeatedSms());
	}

	private static String seconds(Duration duration) {
		return BenchReport.number(duration.toMillis() / 1000.0) + " s";
	}

}
