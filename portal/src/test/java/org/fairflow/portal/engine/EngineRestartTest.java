package org.fairflow.portal.engine;

import java.util.List;
import java.util.Map;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.support.Fixtures;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stops the whole portal, and with it the in-memory engine that forgets everything, in
 * the middle of a review, starts it again and finishes the case from the inbox.
 */
class EngineRestartTest {

	@RegisterExtension
	final RestartablePortal portal = RestartablePortal.onFreshSchema("restart");

	private ConfigurableApplicationContext start() {
		return this.portal.start();
	}

	@Test
	void openReviewResumesWithItsTaskClaimDueDateAndHistoryAfterTheEngineIsLost() {
		ConfigurableApplicationContext first = start();
		Fixtures fixtures = Fixtures.of(first);
		Fixtures.Tree tree = fixtures.tree();
		String caseId = fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		HumanTask firstReview = fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		first.getBean(HumanTasks.class)
			.decide(firstReview.getId(), fixtures.user(tree.subReviewer()), "approve", "齐全", Map.of());
		HumanTask before = fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		first.getBean(HumanTasks.class).claim(before.getId(), fixtures.user(tree.delegationReviewer()));
		List<CaseEvent> historyBefore = first.getBean(Cases.class).history(caseId);
		List<SentMessage> messagesBefore = first.getBean(Notifications.class).forCase(caseId);
		String oldEpoch = first.getBean(EngineEpoch.class).current();
		first.close();

		ConfigurableApplicationContext second = start();
		fixtures = Fixtures.of(second);
		String newEpoch = second.getBean(EngineEpoch.class).current();
		HumanTask after = awaitDeliveredIn(fixtures, caseId, newEpoch);

		assertThat(newEpoch).isNotEqualTo(oldEpoch);
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getClaimedBy()).isEqualTo(tree.delegationReviewer());
		assertThat(after.getDueAt()).as("due date fixed when the review was first reached")
			.isNotNull()
			.isEqualTo(before.getDueAt());
		assertThat(second.getBean(Cases.class).history(caseId)).extracting(CaseEvent::getId)
			.containsAll(historyBefore.stream().map(CaseEvent::getId).toList());
		assertThat(second.getBean(HumanTasks.class).forCase(caseId)).hasSize(2);

		second.getBean(HumanTasks.class)
			.decide(after.getId(), fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());
		fixtures.awaitClosed(caseId);

		assertThat(fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		List<SentMessage> messagesAfter = second.getBean(Notifications.class).forCase(caseId);
		assertThat(messagesAfter).extracting(SentMessage::elementId)
			.containsAll(messagesBefore.stream().map(SentMessage::elementId).toList())
			.contains("Task_SmsApproved", "Task_EmailApproved")
			.doesNotHaveDuplicates();
	}

	@Test
	void resumedTaskKeepsItsIdentityAndStaysWithinItsDelegation() {
		ConfigurableApplicationContext first = start();
		Fixtures fixtures = Fixtures.of(first);
		Fixtures.Tree tree = fixtures.tree();
		String caseId = fixtures.register(Fixtures.form(UnitCategory.GOVERNMENT, tree.delegation()));
		HumanTask task = fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		first.close();

		// The engine's keys restart from scratch: the stored key must never reach the new
		// engine.
		ConfigurableApplicationContext second = start();
		Fixtures again = Fixtures.of(second);
		HumanTasks tasks = second.getBean(HumanTasks.class);
		HumanTask resumed = awaitDeliveredIn(again, caseId, second.getBean(EngineEpoch.class).current());
		assertThat(resumed.getId()).isEqualTo(task.getId());
		assertThatThrownBy(
				() -> tasks.decide(task.getId(), again.user(tree.otherReviewer()), "approve", null, Map.of()))
			.isInstanceOf(org.fairflow.portal.tasks.TaskNotFoundException.class);
		tasks.decide(task.getId(), again.user(tree.delegationReviewer()), "reject", "材料不实", Map.of());
		again.awaitClosed(caseId);
		assertThat(again.caseRecord(caseId).getStatus()).isEqualTo("REJECTED");
	}

	private static HumanTask awaitDeliveredIn(Fixtures fixtures, String caseId, String epoch) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> fixtures.openTask(caseId, "Task_SecondReview"),
					(t) -> t != null && epoch.equals(t.getEngineEpoch()));
	}

}
