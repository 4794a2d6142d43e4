package org.fairflow.portal.exhibit;

import java.time.Clock;
import java.util.Map;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineReadyEvent;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.exhibitor.InvitationCodes;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The audit and unlisting cases as any kind opens them (here a product the product module
 * does not know yet: the exhibit module needs no kind to run): a withdrawal stored while
 * the engine did not hear of it is published again when the engine is ready; one
 * overtaken by the decision lapses; a forced unlisting opens its case with the reason,
 * numbered per item, and a missing reason stores nothing.
 */
@PortalTest
class ExhibitAuditsTest {

	@Autowired
	ExhibitAudits audits;

	@Autowired
	ExhibitUnlistings unlistings;

	@Autowired
	Cases cases;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	@Autowired
	InvitationCodes codes;

	@Autowired
	Exhibitors exhibitors;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	ExhibitTestData.ExhibitorUnit ex;

	TransactionTemplate tx;

	@BeforeEach
	void exhibitor() {
		ExhibitTestData.ensureProcess(this.client);
		ExhibitTestData.ensureUnlistingProcess(this.client);
		this.ex = ExhibitTestData.exhibitor(this.fixtures, this.accounts, this.jdbc, this.codes, this.exhibitors,
				this.clock);
		this.tx = new TransactionTemplate(this.transactionManager);
	}

	@Test
	void aStoredWithdrawalTheEngineNeverSawIsPublishedAgainWhenTheEngineIsReady() {
		long item = System.nanoTime() % 1_000_000_000L;
		String caseId = this.tx
			.execute((t) -> this.audits.open(ItemKind.PRODUCT, item, 7, "智能客服机器人", this.ex.exhibitor(), "liaison"));
		CaseRecord record = this.cases.find(caseId).orElseThrow();
		assertThat(record.getBusinessKey()).isEqualTo("product-" + item + "-r7");
		assertThat(this.cases.variables(caseId)).contains(entry("kindZh", "展品"), entry("itemRef", "product-" + item));
		this.fixtures.awaitOpenTask(caseId, "Task_Audit");
		// Stored, but the engine went down before it heard of it.
		this.jdbc.update("update exhibit_audit set withdraw_reason = '暂不参展', withdrawn_at = current_timestamp"
				+ " where case_id = ?", caseId);

		this.audits.engineReady(new EngineReadyEvent("test"));

		this.fixtures.awaitStatus(caseId, "WITHDRAWN");
		assertThat(auditStatus(caseId)).isEqualTo("WITHDRAWN");
		assertThat(this.cases.history(caseId)).anySatisfy((e) -> {
			assertThat(e.getEvent()).isEqualTo("WITHDRAWN");
			assertThat(e.getComment()).isEqualTo("暂不参展");
		});
		assertThatThrownBy(() -> this.audits.withdraw(caseId, "again", "liaison")).isInstanceOfSatisfying(
				ExhibitRefusedException.class,
				(e) -> assertThat(e.messageKey()).isEqualTo("exhibit.withdraw.notWithdrawable"));
	}

	@Test
	void aWithdrawalOvertakenByTheDecisionLapses() {
		long item = System.nanoTime() % 1_000_000_000L;
		String caseId = this.tx
			.execute((t) -> this.audits.open(ItemKind.PROJECT, item, 3, "数字贸易项目", this.ex.exhibitor(), "liaison"));
		this.fixtures.awaitOpenTask(caseId, "Task_Audit");
		this.jdbc.update("update exhibit_audit set withdraw_reason = '太晚', withdrawn_at = current_timestamp"
				+ " where case_id = ?", caseId);

		this.tx.executeWithoutResult((t) -> this.audits
			.statusChanged(new CaseStatusChanged(caseId, ExhibitAudits.FLOW, "project-" + item + "-r3", "APPROVED")));

		assertThat(auditStatus(caseId)).isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject("select count(*) from exhibit_audit where case_id = ? and withdrawn_at"
				+ " is null and withdraw_reason is null", Integer.class, caseId))
			.isOne();
	}

	@Test
	void aForcedUnlistingOpensItsCaseWithTheReasonAndAMissingReasonStoresNothing() {
		long item = System.nanoTime() % 1_000_000_000L;
		assertThatThrownBy(() -> this.tx
			.execute((t) -> this.unlistings.open(ItemKind.PRODUCT, item, "展品", this.ex.exhibitor(), " ", "organiser")))
			.isInstanceOfSatisfying(ExhibitRefusedException.class, (e) -> {
				assertThat(e.field()).isEqualTo("reason");
				assertThat(e.messageKey()).isEqualTo("exhibit.unlist.reasonRequired");
			});
		assertThat(unlistingsOf(item)).isZero();

		String first = this.tx.execute(
				(t) -> this.unlistings.open(ItemKind.PRODUCT, item, "展品", this.ex.exhibitor(), "价格信息不实", "organiser"));
		String second = this.tx.execute(
				(t) -> this.unlistings.open(ItemKind.PRODUCT, item, "展品", this.ex.exhibitor(), "图片侵权", "organiser"));

		assertThat(this.cases.find(first).orElseThrow().getBusinessKey()).isEqualTo("product-" + item + "-u1");
		assertThat(this.cases.find(second).orElseThrow().getBusinessKey()).isEqualTo("product-" + item + "-u2");
		Map<String, Object> vars = this.cases.variables(first);
		assertThat(vars).contains(entry("unlistReason", "价格信息不实"), entry("kindEn", "product"),
				entry("applicantGroup", this.ex.exhibitor().applicantGroup()));
		assertThat(vars).doesNotContainKeys("revisionId", "auditGroup");
		this.fixtures.awaitStatus(first, "FORCE_UNLISTED");
		assertThat(unlistingsOf(item)).isEqualTo(2);
	}

	private String auditStatus(String caseId) {
		return this.jdbc.queryForObject("select status from exhibit_audit where case_id = ?", String.class, caseId);
	}

	private int unlistingsOf(long item) {
		return this.jdbc.queryForObject(
				"select count(*) from exhibit_unlisting where item_kind = 'PRODUCT' and" + " item_id = ?",
				Integer.class, item);
	}

}
