package org.fairflow.portal.unit;

import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.workers.notification.Notifications;
import org.fairflow.workers.notification.SentMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit-review flow through the portal's services, on PostgreSQL and the embedded
 * engine.
 */
@PortalTest
class UnitReviewFlowTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	Notifications notifications;

	@Test
	void enterpriseWithValidCodeIsApprovedAutomaticallyAndToldByRule() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.ENTERPRISE, tree.sub()));

		this.fixtures.awaitClosed(caseId);

		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		assertThat(this.cases.history(caseId)).anySatisfy((e) -> {
			assertThat(e.getEvent()).isEqualTo("AUTO_APPROVED");
			assertThat(e.getComment()).startsWith("R1");
		});
		assertThat(this.tasks.forCase(caseId)).isEmpty();
		assertThat(this.notifications.forCase(caseId)).extracting(SentMessage::elementId)
			.contains("Task_SmsApproved", "Task_EmailApproved");
	}

	@Test
	void socialOrganisationIsApprovedByBothReviewLevels() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));

		HumanTask first = this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		assertThat(this.fixtures.awaitStatus(caseId, "UNDER_REVIEW").getStatus()).isEqualTo("UNDER_REVIEW");
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", "材料齐全", Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		this.tasks.decide(second.getId(), this.fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		assertThat(this.cases.history(caseId)).filteredOn((e) -> "DECIDED".equals(e.getEvent()))
			.extracting((e) -> e.getStep() + ":" + e.getDecision() + ":" + e.getActor())
			.containsExactly("Task_FirstReview:approve:初审员" + tree.subReviewer().substring(3),
					"Task_SecondReview:approve:复审员" + tree.delegationReviewer().substring(3));
	}

}
