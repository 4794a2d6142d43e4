package org.fairflow.portal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.incidents.Incident;
import org.fairflow.portal.incidents.Incidents;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.IncidentProbe;
import org.fairflow.portal.support.RestartablePortal;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.notification.Notifications;
import org.fairflow.workers.notification.SentMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded engine keeps every record in memory; past its bound the portal hands over
 * to a fresh engine while it runs, and open cases carry on in it as after a restart.
 */
class EngineRecyclingTest {

	@RegisterExtension
	final RestartablePortal portal = RestartablePortal.onFreshSchema("recycle");

	@Test
	void anEngineOverItsBoundIsReplacedAndItsOpenCasesCarryOnWithoutLossOrRepeat() throws Exception {
		ConfigurableApplicationContext context = this.portal.start("--fairflow.engine.recycle-after-records=1",
				"--fairflow.engine.recycle-check-interval=PT1H");
		Fixtures fixtures = Fixtures.of(context);
		Fixtures.Tree tree = fixtures.tree();
		HumanTasks tasks = context.getBean(HumanTasks.class);
		Notifications notifications = context.getBean(Notifications.class);
		Incidents incidents = context.getBean(Incidents.class);
		String stuck = openProbeCase(context);
		awaitIncident(incidents, stuck, context.getBean(EngineEpoch.class).current());
		String open = fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		HumanTask firstReview = fixtures.awaitOpenTask(open, "Task_FirstReview");
		tasks.decide(firstReview.getId(), fixtures.user(tree.subReviewer()), "approve", "齐全", Map.of());
		HumanTask before = fixtures.awaitOpenTask(open, "Task_SecondReview");
		tasks.claim(before.getId(), fixtures.user(tree.delegationReviewer()));
		String closed = fixtures.register(Fixtures.form(UnitCategory.GOVERNMENT, tree.delegation()));
		tasks.decide(fixtures.awaitOpenTask(closed, "Task_SecondReview").getId(),
				fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());
		fixtures.awaitClosed(closed);
		List<SentMessage> sentBefore = notifications.forCase(open);
		RecyclableEngine engine = context.getBean(RecyclableEngine.class);
		EngineEpoch epoch = context.getBean(EngineEpoch.class);
		String oldEpoch = epoch.current();
		long recordsBefore = engine.recordCount();

		context.getBean(EngineRecycler.class).recycleWhenFull();

		String newEpoch = epoch.current();
		assertThat(newEpoch).isNotEqualTo(oldEpoch);
		assertThat(context.getBean(EngineStatus.class).snapshot().ready()).isTrue();
		HumanTask after = awaitDeliveredIn(fixtures, open, newEpoch);
		assertThat(engine.recordCount()).as("the finished case's records are gone").isLessThan(recordsBefore);
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getClaimedBy()).isEqualTo(tree.delegationReviewer());
		assertThat(after.getDueAt()).isEqualTo(before.getDueAt());
		assertThat(fixtures.caseRecord(closed).getEngineEpoch()).as("a closed case is not started again")
			.isEqualTo(oldEpoch);
		assertThat(awaitIncident(incidents, stuck, newEpoch).getElementId())
			.as("the new engine's incidents are read from its first record")
			.isEqualTo("Task_Rule");

		tasks.decide(after.getId(), fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());
		fixtures.awaitClosed(open);

		assertThat(fixtures.caseRecord(open).getStatus()).isEqualTo("APPROVED");
		assertThat(notifications.forCase(open)).extracting(SentMessage::elementId)
			.containsAll(sentBefore.stream().map(SentMessage::elementId).toList())
			.contains("Task_SmsApproved", "Task_EmailApproved")
			.doesNotHaveDuplicates();
	}

	@Test
	void anEngineBelowItsBoundIsKept() throws Exception {
		ConfigurableApplicationContext context = this.portal.start("--fairflow.engine.recycle-check-interval=PT1H");
		EngineEpoch epoch = context.getBean(EngineEpoch.class);
		String before = epoch.current();

		context.getBean(EngineRecycler.class).recycleWhenFull();

		assertThat(epoch.current()).isEqualTo(before);
	}

	private static String openProbeCase(ConfigurableApplicationContext context) {
		context.getBean(ModelDeployment.class).publish("incident-probe.bpmn", IncidentProbe.process(), "owner", null);
		return context.getBean(Cases.class)
			.open(new NewCase("incident-probe", "probe-1", "故障探针", null, "unit:0", null, "SUBMITTED", "tester",
					Map.of()))
			.getId();
	}

	private static Incident awaitIncident(Incidents incidents, String caseId, String epoch) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> incidents.forCase(caseId)
				.stream()
				.filter((incident) -> epoch.equals(incident.getEngineEpoch()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static HumanTask awaitDeliveredIn(Fixtures fixtures, String caseId, String epoch) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> fixtures.openTask(caseId, "Task_SecondReview"),
					(task) -> task != null && epoch.equals(task.getEngineEpoch()));
	}

}
