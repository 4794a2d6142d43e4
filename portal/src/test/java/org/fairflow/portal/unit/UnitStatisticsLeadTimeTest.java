package org.fairflow.portal.unit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.UnitRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review lead times per level: from a task's creation to its decision, every round, open
 * tasks left out, only the units of the query.
 */
@PortalTest
class UnitStatisticsLeadTimeTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitStatistics statistics;

	@Test
	void eachDecidedRoundCountsFromItsTaskToItsDecisionAndOpenTasksDoNot() {
		Fixtures.Tree tree = this.fixtures.tree();
		UnitRows rows = new UnitRows(this.jdbc);
		Instant t0 = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		String mine = reviewedUnit(rows, tree.sub().getId(), t0);
		event(mine, "Task_FirstReview", "TASK_CREATED", t0);
		event(mine, "Task_FirstReview", "DECIDED", t0.plus(2, ChronoUnit.HOURS));
		event(mine, "Task_SecondReview", "TASK_CREATED", t0.plus(2, ChronoUnit.HOURS));
		event(mine, "Task_SecondReview", "DECIDED", t0.plus(5, ChronoUnit.HOURS));
		event(mine, "Task_FirstReview", "TASK_CREATED", t0.plus(6, ChronoUnit.HOURS));
		event(mine, "Task_FirstReview", "DECIDED", t0.plus(7, ChronoUnit.HOURS));
		event(mine, "Task_SecondReview", "TASK_CREATED", t0.plus(8, ChronoUnit.HOURS));
		String others = reviewedUnit(rows, tree.other().getId(), t0);
		event(others, "Task_SecondReview", "TASK_CREATED", t0);
		event(others, "Task_SecondReview", "DECIDED", t0.plus(40, ChronoUnit.HOURS));

		Map<String, List<Duration>> leadTimes = this.statistics.reviewLeadTimes(new UnitQuery(
				Set.of(tree.delegation().getId(), tree.sub().getId()), null, null, null, null, null, null));

		assertThat(leadTimes.get("Task_FirstReview")).containsExactlyInAnyOrder(Duration.ofHours(2),
				Duration.ofHours(1));
		assertThat(leadTimes.get("Task_SecondReview")).containsExactly(Duration.ofHours(3));
	}

	/** A unit with a finished case of its own (inactive: nothing resumes it). */
	private String reviewedUnit(UnitRows rows, long organisationId, Instant at) {
		long unitId = rows.unit(organisationId, "时长" + System.nanoTime(), UnitCategory.SOCIAL_ORGANISATION, "APPROVED",
				8, at);
		String caseId = UUID.randomUUID().toString();
		this.jdbc.update(
				"INSERT INTO process_case (id, flow, business_key, title, applicant_group, scope_org_id,"
						+ " status, active, checkpoint_variables, created_at, updated_at)"
						+ " VALUES (?, 'unit-review', ?, '时长', ?, ?, 'APPROVED', false, '{}', ?, ?)",
				caseId, Long.toString(unitId), "unit:" + unitId, organisationId, Timestamp.from(at),
				Timestamp.from(at));
		this.jdbc.update("UPDATE unit SET case_id = ? WHERE id = ?", caseId, unitId);
		return caseId;
	}

	private void event(String caseId, String step, String event, Instant at) {
		this.jdbc.update(
				"INSERT INTO case_event (case_id, occurred_at, actor, step, event) VALUES (?, ?, 'test', ?, ?)", caseId,
				Timestamp.from(at), step, event);
	}

}
