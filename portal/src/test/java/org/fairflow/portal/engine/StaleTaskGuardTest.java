package org.fairflow.portal.engine;

import java.util.Map;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A task whose job belongs to an engine that is gone must never be completed: the
 * in-memory engine reuses keys after a restart, so its stored key could name somebody
 * else's job.
 */
@PortalTest
class StaleTaskGuardTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void taskDeliveredByAnEarlierEngineEpochIsRefusedAndStaysOpen() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.GOVERNMENT, tree.delegation()));
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		this.jdbc.update("update human_task set engine_epoch = 'embedded-lost' where id = ?", task.getId());

		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.fixtures.user(tree.delegationReviewer()),
				"approve", null, Map.of()))
			.isInstanceOfSatisfying(DecisionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("task.engineResuming"));

		assertThat(this.fixtures.openTask(caseId, "Task_SecondReview")).isNotNull();
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("UNDER_REVIEW");
	}

}
