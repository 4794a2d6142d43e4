package org.fairflow.portal.migration;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineEpoch;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.RestartablePortal;
import org.fairflow.portal.support.WebPages;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The process owner moves open unit reviews from v1 to a v2 that renames the first
 * review: the preview names the cases and what the engine would refuse, a moved case's
 * task takes the new version's name and group, goes on (also after a restart) on v2, and
 * its history says who moved it; a plan the target cannot take changes nothing.
 */
class MigrationFlowTest {

	@RegisterExtension
	final RestartablePortal portal = RestartablePortal.onFreshSchema("migration");

	@Test
	void casesAtTheFirstReviewMoveToTheRenamedTaskAndGoOnOnTheNewVersionAlsoAfterARestart() throws Exception {
		ConfigurableApplicationContext first = this.portal.start();
		Fixtures fixtures = Fixtures.of(first);
		Fixtures.Tree tree = fixtures.tree();
		String decidedBeforeRestart = fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		String decidedAfterRestart = fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		fixtures.awaitOpenTask(decidedBeforeRestart, "Task_FirstReview");
		fixtures.awaitOpenTask(decidedAfterRestart, "Task_FirstReview");
		first.getBean(ModelDeployment.class).publish("unit-review.bpmn", renamedFirstReview(), "owner", "初审改名");
		WebPages pages = WebPages.of(first);
		PortalUser owner = Fixtures.of(first).processOwner();

		String preview = pages.page(get("/console/migrations/preview").param("process", "unit-review")
			.param("from", "1")
			.param("to", "2")
			.param("map.Task_FirstReview", "Task_FirstReviewNew")
			.with(user(owner)));
		assertThat(preview).contains("data-case=\"" + decidedBeforeRestart + "\"", "data-refused=\"false\"")
			.doesNotContain("data-refused=\"true\"");

		MvcResult executed = pages.perform(post("/console/migrations").param("process", "unit-review")
			.param("from", "1")
			.param("to", "2")
			.param("map.Task_FirstReview", "Task_FirstReviewNew")
			.with(user(owner))
			.with(csrf()));
		String run = pages.page(get(executed.getResponse().getRedirectedUrl()).with(user(owner)));
		assertThat(run).contains("data-migrated=\"2\"", "data-refused=\"0\"", "data-outcome=\"MIGRATED\"");

		CaseRecord moved = fixtures.caseRecord(decidedBeforeRestart);
		assertThat(moved.getProcessVersion()).isEqualTo(2);
		assertThat(moved.getCheckpointElement()).isEqualTo("Task_FirstReviewNew");
		HumanTask task = fixtures.openTask(decidedBeforeRestart, "Task_FirstReviewNew");
		assertThat(task.getName()).isEqualTo("单位初审（新）");
		assertThat(task.candidateGroupList()).containsExactly("org:" + tree.delegation().getId());
		assertThat(task.getDueAt()).isNotNull();
		assertThat(first.getBean(Cases.class).history(decidedBeforeRestart)).extracting(CaseEvent::getEvent)
			.contains("MIGRATED");
		assertThat(first.getBean(Cases.class).history(decidedBeforeRestart))
			.filteredOn((e) -> e.getEvent().equals("MIGRATED"))
			.singleElement()
			.satisfies((e) -> assertThat(e.getComment()).isEqualTo("v1 → v2"))
			.satisfies((e) -> assertThat(e.getActor()).isEqualTo(owner.displayName()));

		assertThat(pages.page(get("/progress/{id}", decidedBeforeRestart).with(user(owner))))
			.contains("data-event=\"MIGRATED\"", "v1 → v2", "初审（新）");

		HumanTasks tasks = first.getBean(HumanTasks.class);
		tasks.decide(task.getId(), fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());
		HumanTask second = fixtures.awaitOpenTask(decidedBeforeRestart, "Task_SecondReview");
		assertThat(fixtures.caseRecord(decidedBeforeRestart).getProcessVersion()).isEqualTo(2);
		tasks.decide(second.getId(), fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());
		fixtures.awaitStatus(decidedBeforeRestart, "APPROVED");
		fixtures.awaitClosed(decidedBeforeRestart);
		first.close();

		ConfigurableApplicationContext again = this.portal.start();
		Fixtures resumed = Fixtures.of(again);
		String epoch = again.getBean(EngineEpoch.class).current();
		HumanTask resumedTask = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> resumed.openTask(decidedAfterRestart, "Task_FirstReviewNew"),
					(t) -> t != null && epoch.equals(t.getEngineEpoch()));
		assertThat(resumed.caseRecord(decidedAfterRestart).getProcessVersion()).isEqualTo(2);
		assertThat(resumedTask.getName()).isEqualTo("单位初审（新）");
		again.getBean(HumanTasks.class)
			.decide(resumedTask.getId(), resumed.user(tree.delegationReviewer()), "approve", null, Map.of());
		resumed.awaitOpenTask(decidedAfterRestart, "Task_SecondReview");
	}

	@Test
	void aPlanTheTargetCannotTakeIsPredictedRefusedAndLeavesTheCaseUnchanged() throws Exception {
		ConfigurableApplicationContext context = this.portal.start();
		Fixtures fixtures = Fixtures.of(context);
		Fixtures.Tree tree = fixtures.tree();
		String caseId = fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		HumanTask before = fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		context.getBean(ModelDeployment.class).publish("unit-review.bpmn", renamedFirstReview(), "owner", null);
		WebPages pages = WebPages.of(context);
		PortalUser owner = Fixtures.of(context).processOwner();

		String preview = pages.page(get("/console/migrations/preview").param("process", "unit-review")
			.param("from", "1")
			.param("to", "2")
			.with(user(owner)));
		assertThat(preview).contains("data-case=\"" + caseId + "\"", "data-refused=\"true\"",
				"data-reason=\"migration.refusal.missing\"", "Task_FirstReview");

		MvcResult executed = pages.perform(post("/console/migrations").param("process", "unit-review")
			.param("from", "1")
			.param("to", "2")
			.with(user(owner))
			.with(csrf()));
		String run = pages.page(get(executed.getResponse().getRedirectedUrl()).with(user(owner)));
		assertThat(run).contains("data-migrated=\"0\"", "data-refused=\"1\"", "data-outcome=\"REFUSED\"",
				"data-reason=\"migration.refusal.missing\"");
		assertThat(context.getBean(JdbcTemplate.class)
			.queryForList("select actor || ' ' || action || ' ' || subject || ' ' || detail from audit_entry"
					+ " where category = 'MODEL' order by id", String.class))
			.as("the publication and the migration are in the audit log; the shipped models are not")
			.satisfiesExactly(
					(published) -> assertThat(published).startsWith("owner model.published model:unit-review.bpmn"),
					(migrated) -> assertThat(migrated).startsWith(owner.getUsername()
							+ " model.migrated process:unit-review v1 → v2, migrated 0, refused 1"));

		assertThat(fixtures.caseRecord(caseId).getProcessVersion()).isEqualTo(1);
		HumanTask after = fixtures.openTask(caseId, "Task_FirstReview");
		assertThat(after.getName()).isEqualTo(before.getName());
		assertThat(context.getBean(Cases.class).history(caseId)).extracting(CaseEvent::getEvent)
			.doesNotContain("MIGRATED");
		context.getBean(HumanTasks.class)
			.decide(after.getId(), fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		assertThat(fixtures.caseRecord(caseId).getProcessVersion()).isEqualTo(1);
	}

	@Test
	void badInputIsExplainedAndOnlyTheProcessOwnerMayMigrate() throws Exception {
		ConfigurableApplicationContext context = this.portal.start();
		Fixtures fixtures = Fixtures.of(context);
		Fixtures.Tree tree = fixtures.tree();
		WebPages pages = WebPages.of(context);
		PortalUser owner = Fixtures.of(context).processOwner();

		assertThat(pages.page(get("/console/migrations").param("process", "unit-review").with(user(owner))))
			.contains("id=\"choose-versions\"", "id=\"runs-empty\"");
		MvcResult same = pages.perform(get("/console/migrations/preview").param("process", "unit-review")
			.param("from", "1")
			.param("to", "1")
			.with(user(owner)));
		assertThat(same.getFlashMap().get("errorKey")).isEqualTo("migration.sameVersion");
		MvcResult missing = pages.perform(get("/console/migrations/preview").param("process", "unit-review")
			.param("from", "1")
			.param("to", "9")
			.with(user(owner)));
		assertThat(missing.getFlashMap().get("errorKey")).isEqualTo("migration.noVersion");
		assertThat(pages.status(get("/console/migrations/12345").with(user(owner)))).isEqualTo(404);

		PortalUser reviewer = fixtures.user(tree.delegationReviewer());
		assertThat(pages.status(get("/console/migrations").with(user(reviewer)))).isEqualTo(403);
		assertThat(pages.status(post("/console/migrations").param("process", "unit-review")
			.param("from", "1")
			.param("to", "2")
			.with(user(reviewer))
			.with(csrf()))).isEqualTo(403);
		assertThat(pages.status(get("/console/migrations"))).isEqualTo(302);
	}

	/**
	 * v2: the first review is another element with another name, offered to the
	 * delegation.
	 */
	private static byte[] renamedFirstReview() throws Exception {
		String model = new ClassPathResource("models/unit-review.bpmn").getContentAsString(StandardCharsets.UTF_8);
		String changed = model.replace("\"Task_FirstReview\"", "\"Task_FirstReviewNew\"")
			.replace("name=\"初审 First review\"", "name=\"初审（新） First review (new)\"")
			.replace("<zeebe:header key=\"title_zh\" value=\"单位初审\" />",
					"<zeebe:header key=\"title_zh\" value=\"单位初审（新）\" />")
			.replace("candidateGroups=\"=[firstReviewGroup]\"", "candidateGroups=\"=[secondReviewGroup]\"");
		assertThat(changed).contains("Task_FirstReviewNew", "单位初审（新）", "=[secondReviewGroup]");
		return changed.getBytes(StandardCharsets.UTF_8);
	}

}
