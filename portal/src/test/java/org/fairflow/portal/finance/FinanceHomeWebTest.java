package org.fairflow.portal.finance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Finance's home: how many refunds, bank refunds and transfers wait for the group
 * {@code finance} (open tasks only, of that group only), with links to the task list
 * filtered by flow, to the invoices and to today's reconciliation.
 */
@PortalTest
@AutoConfigureMockMvc
class FinanceHomeWebTest {

	private static final AtomicLong JOB_KEYS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HumanTasks tasks;

	Fixtures.Tree tree;

	PortalUser finance;

	PortalUser organiser;

	@BeforeEach
	void accounts() {
		this.tree = this.fixtures.tree();
		this.finance = account(Role.FINANCE, "hfin");
		this.organiser = account(Role.ORGANISER, "horg");
	}

	@Test
	void countsOnlyOpenTasksOfTheFinanceGroupPerStep() {
		Map<String, Long> before = this.tasks.openCountsByStep("refund", "finance");

		task("refund", "Task_FinanceReview", "finance", "OPEN");
		task("refund", "Task_FinanceReview", "finance", "OPEN");
		task("refund", "Task_FinanceReview", "finance", "COMPLETED");
		task("refund", "Task_FinanceReview", "org:" + this.tree.organiser().getId(), "OPEN");
		task("refund", "Task_RecordBankRefund", "finance", "OPEN");
		task("bank-transfer-review", "Task_ConfirmTransfer", "finance", "OPEN");

		Map<String, Long> after = this.tasks.openCountsByStep("refund", "finance");
		assertThat(after.getOrDefault("Task_FinanceReview", 0L) - before.getOrDefault("Task_FinanceReview", 0L))
			.isEqualTo(2);
		assertThat(after.getOrDefault("Task_RecordBankRefund", 0L) - before.getOrDefault("Task_RecordBankRefund", 0L))
			.isEqualTo(1);
		assertThat(after).doesNotContainKey("Task_ConfirmTransfer");
		assertThat(this.tasks.openCountsByStep("refund", "fin")).isEmpty();
	}

	@Test
	void theHomeShowsWhatWaitsWithLinksForFinanceAndTheOrganiser() throws Exception {
		task("refund", "Task_FinanceReview", "finance", "OPEN");
		task("refund", "Task_RecordBankRefund", "finance", "OPEN");
		task("bank-transfer-review", "Task_ConfirmTransfer", "finance", "OPEN");
		Map<String, Long> refunds = this.tasks.openCountsByStep("refund", "finance");
		Map<String, Long> transfers = this.tasks.openCountsByStep("bank-transfer-review", "finance");

		String zh = page(this.finance, null);
		String en = page(this.organiser, "en");

		assertThat(count(zh, "waiting-refunds-approve")).isEqualTo(refunds.get("Task_FinanceReview"));
		assertThat(count(zh, "waiting-bank-refunds")).isEqualTo(refunds.get("Task_RecordBankRefund"));
		assertThat(count(zh, "waiting-transfers")).isEqualTo(transfers.get("Task_ConfirmTransfer"));
		assertThat(zh).contains("href=\"/tasks?mode=all&amp;flow=refund\"")
			.contains("href=\"/tasks?mode=all&amp;flow=bank-transfer-review\"")
			.contains("href=\"/finance/invoices\"")
			.contains("id=\"link-reconciliation\"")
			.contains("待审批的退款")
			.contains("id=\"nav-finance\"");
		assertThat(en).contains("Refunds to approve").contains("Bank refunds to record").contains("s reconciliation (");
		assertThat(count(en, "waiting-transfers")).isEqualTo(transfers.get("Task_ConfirmTransfer"));
	}

	private long count(String html, String rowId) {
		int row = html.indexOf("id=\"" + rowId + "\"");
		assertThat(row).as(rowId).isPositive();
		String marker = "class=\"finance-count\">";
		int cell = html.indexOf(marker, row) + marker.length();
		return Long.parseLong(html.substring(cell, html.indexOf('<', cell)));
	}

	private String page(PortalUser who, String lang) throws Exception {
		var request = get("/finance").with(user(who));
		if (lang != null) {
			request = request.param("lang", lang);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/**
	 * A task row of a closed case: what the inbox stores for a job-based user task,
	 * without an engine behind it (a closed case is never resumed).
	 */
	private void task(String flow, String elementId, String groups, String status) {
		String caseId = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("insert into process_case (id, flow, business_key, title, applicant_group, status, active,"
				+ " checkpoint_variables, created_at, updated_at) values (?, ?, ?, '财务首页测试', 'unit:0', 'TEST', false,"
				+ " '{}', ?, ?)", caseId, flow, caseId.substring(0, 8), now, now);
		this.jdbc.update("insert into human_task (case_id, flow, element_id, name, candidate_groups, decisions, round,"
				+ " job_key, engine_epoch, status, created_at) values (?, ?, ?, '测试任务', ?, 'approve,reject', 1, ?,"
				+ " 'finance-home-test', ?, ?)", caseId, flow, elementId, groups, JOB_KEYS.incrementAndGet(), status,
				now);
	}

	private PortalUser account(Role role, String prefix) {
		String username = prefix + JOB_KEYS.incrementAndGet();
		this.accounts.create(username, Fixtures.PASSWORD, role, "首页" + username, this.tree.organiser().getId(), null);
		return this.fixtures.user(username);
	}

}
