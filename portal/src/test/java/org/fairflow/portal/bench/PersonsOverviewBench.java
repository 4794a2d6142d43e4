package org.fairflow.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fairflow.portal.PortalApplication;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.TestDatabase;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * P2 of issue 14, the persons overview: its p50/p95 with 1,000 persons and with 500,000.
 * Units are registered through the real registration service; the persons are closed
 * history (delivered, cancelled or rejected badges of an earlier season), written by bulk
 * SQL as the issue allows, spread over those units. Measured for the organiser (the whole
 * fair) and for the delegation whose units they are.
 */
class PersonsOverviewBench {

	private static final int UNITS = Integer.getInteger("fairflow.bench.person-units", 100);

	private static final int SAMPLES = 200;

	@Test
	void personsOverviewLatencyAsHistoryGrows() throws Exception {
		List<Integer> levels = Arrays
			.stream(System.getProperty("fairflow.bench.person-levels", "1000,500000").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
		String schema = System.getenv().getOrDefault("FAIRFLOW_TEST_SCHEMA", "bench") + "_persons";
		TestDatabase.fromEnvironment().dropSchema(schema);
		BenchReport report = new BenchReport("P2 persons overview: latency with a growing history (issue 14)");
		List<Latency[]> measured = new ArrayList<>();
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class,
				OpenCasesBench.CheapHashes.class)
			.profiles("test")
			.run("--fairflow.test.schema=" + schema, "--server.port=0", "--fairflow.engine.recycle-after-records=0",
					"--logging.level.org.fairflow=WARN")) {
			Fixtures fixtures = Fixtures.of(portal);
			Fixtures.Tree tree = fixtures.tree();
			for (int i = 0; i < UNITS; i++) {
				fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
			}
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			MockMvc web = MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal)
				.apply(springSecurity())
				.build();
			PortalUser organiser = fixtures.organiserReviewer(tree);
			PortalUser delegation = fixtures.user(tree.delegationReviewer());
			int persons = 0;
			for (int level : levels) {
				long started = System.nanoTime();
				history(jdbc, tree.sub().getId(), persons, level);
				System.out.printf("[bench] %d persons written in %.1f s%n", level - persons,
						(System.nanoTime() - started) / 1e9);
				persons = level;
				// As autovacuum would after so many inserts (it is off on the
				// machines these runs are made on): without a visibility map, every
				// counted person is read from the table, not only from the index.
				jdbc.execute("vacuum analyze badge_person");
				Latency whole = Latency.of(SAMPLES,
						() -> web.perform(get("/badge/overview").with(user(organiser)))
							.andReturn()
							.getResponse()
							.getStatus());
				Latency subtree = Latency.of(SAMPLES,
						() -> web.perform(get("/badge/overview").with(user(delegation)))
							.andReturn()
							.getResponse()
							.getStatus());
				measured.add(new Latency[] { whole, subtree });
				System.out.printf("[bench] %d persons: overview p95 %.1f ms (organiser), %.1f ms (delegation)%n", level,
						whole.p95(), subtree.p95());
			}
		}
		for (int i = 0; i < levels.size(); i++) {
			Latency[] level = measured.get(i);
			report.row("persons overview, organiser, " + levels.get(i) + " persons: p50/p95 ms", level[0].toString(),
					BenchReport.ratio(level[0].p95() / measured.get(0)[0].p95()), "p95 ≤ 1.5x the first level");
			report.row("persons overview, delegation, " + levels.get(i) + " persons: p50/p95 ms", level[1].toString(),
					BenchReport.ratio(level[1].p95() / measured.get(0)[1].p95()), "p95 ≤ 1.5x the first level");
		}
		report.note(UNITS + " units registered through the real registration service under one sub-delegation; "
				+ "the persons are closed history (delivered, cancelled, rejected) written by bulk SQL and spread "
				+ "over those units. Pages through MockMvc in the same JVM, " + SAMPLES + " calls each after "
				+ Latency.WARM_UP
				+ " warm-up calls, default filters (first page, every status), after VACUUM ANALYZE of "
				+ "the persons as autovacuum would (it is off on this machine).");
		report.write();
	}

	/**
	 * Persons {@code from + 1} to {@code to} of an earlier season, over the units of an
	 * organisation.
	 */
	private static void history(JdbcTemplate jdbc, long organisationId, int from, int to) {
		jdbc.update("""
				insert into badge_person (unit_id, nationality, name_zh, gender, document_type, document_number,
				    birth_date, job_title, badge_type, entry_from, entry_to, status, has_photo, created_at, updated_at,
				    version, delivery_method)
				select u.ids[1 + g % u.n], 'CN', '往届' || g, 'MALE', 'PASSPORT', 'H' || lpad(g::text, 12, '0'),
				    date '1980-01-01', '职员', (array['VISITOR', 'STAFF', 'VIP'])[1 + g % 3], date '2025-11-05',
				    date '2025-11-10', (array['DELIVERED', 'CANCELLED', 'REJECTED'])[1 + g % 3], false,
				    now() - interval '1 year' + g * interval '1 second', now() - interval '1 year', 0, 'DEFAULT'
				from generate_series(?, ?) g,
				    (select array_agg(id) ids, count(*)::int n from unit where organisation_id = ?) u
				""", from + 1, to, organisationId);
	}

}
