package org.fairflow.portal.tasks;

import java.util.List;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tens of thousands of open tasks PostgreSQL still reads a page of the task list in
 * the list's order through an index and stops after it, instead of reading and sorting
 * every open task (which it did while it guessed that a handful of tasks match the padded
 * candidate groups). Everything is rolled back, the statistics included.
 */
@PortalTest
class TaskListPlanTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aPageOfAFullListIsReadInItsOrderThroughAnIndexNotBySortingEveryOpenTask() {
		long scope = this.fixtures.tree().sub().getId();
		List<String> plan = new TransactionTemplate(this.transactions).execute((status) -> {
			status.setRollbackOnly();
			this.jdbc
				.update("""
						insert into process_case (id, flow, business_key, title, applicant_group, status, active,
						    checkpoint_variables, created_at, updated_at)
						values ('plan-case', 'unit-review', 'plan', '计划', 'unit:0', 'SUBMITTED', true, '{}', now(), now())""");
			this.jdbc.update("""
					insert into human_task (case_id, flow, element_id, name, candidate_groups, scope_org_id, decisions,
					    round, job_key, engine_epoch, status, open_key, created_at, version, applicant_name)
					select 'plan-case', 'unit-review', 'Task_FirstReview', '单位初审', 'org:' || ?, ?,
					    'approve,reject', 1, g, 'plan', 'OPEN', 'plan-' || g || '/Task_FirstReview',
					    now() - g * interval '1 second', 0, '单位' || g
					from generate_series(1, 20000) g""", scope, scope);
			this.jdbc.execute("analyze human_task");
			return this.jdbc.queryForList("""
					explain select * from human_task h
					where h.status = 'OPEN' and h.candidate_groups like 'org:%' and h.scope_org_id in (?)
					    and h.claimed_by is null and (',' || h.candidate_groups || ',') like ?
					order by h.created_at, h.id
					offset 0 rows fetch first 20 rows only""", String.class, scope, "%,org:" + scope + ",%");
		});

		assertThat(String.join("\n", plan)).contains("Index Scan").doesNotContain("Seq Scan");
	}

}
