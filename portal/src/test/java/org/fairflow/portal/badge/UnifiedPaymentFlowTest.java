package org.fairflow.portal.badge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Visitor badges of a delegation with unified payment (统付) on: the delegation confirms or
 * declines each person in its inbox, within the per-unit cap, which it may override
 * explicitly; a cancellation withdraws the waiting task.
 */
@PortalTest
class UnifiedPaymentFlowTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Persons persons;

	@Autowired
	BadgeApplications applications;

	@Autowired
	BadgeLifecycle lifecycle;

	@Autowired
	HumanTasks tasks;

	@Autowired
	BadgeTaskView taskView;

	Fixtures.Tree tree;

	PortalUser liaison;

	PortalUser delegation;

	@BeforeEach
	void delegationPaysWithACapOfOne() {
		this.tree = this.fixtures.tree();
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, this.tree);
		this.delegation = this.fixtures.user(this.tree.delegationReviewer());
		BadgeTestData.unifiedPaymentOn(this.jdbc, this.tree.delegation().getId(), 1);
	}

	@Test
	void aConfirmedVisitorSkipsPaymentAndIsProducedAndADeclinedOneMustPay() {
		String confirmed = submitVisitor();
		String declined = submitVisitor();

		decide(confirmed, "confirm", Map.of());
		decide(declined, "decline", Map.of());

		this.fixtures.awaitClosed(confirmed);
		assertThat(this.fixtures.caseRecord(confirmed).getStatus()).isEqualTo("DELIVERED");
		assertThat(events(confirmed)).doesNotContain("PAYMENT_REQUESTED");
		assertThat(this.jdbc.queryForObject("select handed_over_by from badge_person where case_id = ?", String.class,
				confirmed))
			.as("no saved address: the badge waits at the desk, it is not 'delivered'")
			.isEqualTo("PICK_UP");
		this.fixtures.awaitStatus(declined, "AWAITING_PAYMENT");
	}

	@Test
	void theDelegationSeesTheFeeAndTotalItConfirmsAndAHintOfThisTasksOwnDecisions() {
		String caseId = submitVisitor();
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_DelegationConfirmPayment");
		String personId = String
			.valueOf(this.jdbc.queryForObject("select id from badge_person where case_id = ?", Long.class, caseId));

		Map<String, Object> model = this.taskView.model(personId, Locale.SIMPLIFIED_CHINESE);

		assertThat(model.get("feeTotal")).isEqualTo(new BigDecimal("200.00"));
		assertThat((List<?>) model.get("fees")).singleElement()
			.isEqualTo(new BadgeTaskView.FeeLine("quota.type.VISITOR", 1, new BigDecimal("200.00")));
		assertThat(task.commentRequiredDecisionKeys()).as("confirm and decline need no comment").isEmpty();
	}

	@Test
	void beyondTheCapTheDelegationMustOverrideExplicitly() {
		String first = submitVisitor();
		String second = submitVisitor();
		decide(first, "confirm", Map.of());

		HumanTask task = this.fixtures.awaitOpenTask(second, "Task_DelegationConfirmPayment");
		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.delegation, "confirm", null, Map.of()))
			.isInstanceOfSatisfying(DecisionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("unified.cap.reached"));
		assertThat(this.fixtures.openTask(second, "Task_DelegationConfirmPayment")).as("still waiting").isNotNull();

		decide(second, "confirm", Map.of("overrideCap", "true"));

		this.fixtures.awaitStatus(second, "DELIVERED");
		assertThat(this.jdbc.queryForObject("select overridden from unified_payment_confirmation where case_id = ?",
				Boolean.class, second))
			.isTrue();
	}

	@Test
	void cancellingAPersonWaitingForTheDelegationWithdrawsItsTask() {
		String caseId = submitVisitor();
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_DelegationConfirmPayment");
		Long personId = Long.valueOf(this.fixtures.caseRecord(caseId).getBusinessKey());

		this.lifecycle.cancel(this.liaison.unitId(), personId, null, this.liaison);

		this.fixtures.awaitStatus(caseId, "CANCELLED");
		assertThat(this.fixtures.openTask(caseId, "Task_DelegationConfirmPayment")).isNull();
		assertThatThrownBy(() -> this.tasks.decide(task.getId(), this.delegation, "confirm", null, Map.of()))
			.isInstanceOfSatisfying(DecisionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("task.withdrawn"));
		assertThat(events(caseId)).contains("TASK_WITHDRAWN");
	}

	private void decide(String caseId, String decision, Map<String, String> parameters) {
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_DelegationConfirmPayment");
		this.tasks.decide(task.getId(), this.delegation, decision, null, parameters);
	}

	private String submitVisitor() {
		Person person = BadgeTestData.draft(this.persons, this.liaison.unitId(), BadgeTestData.form("VISITOR"), true);
		BadgeApplications.SubmitReport report = this.applications.submit(this.liaison.unitId(), List.of(person.getId()),
				this.liaison);
		assertThat(report.submitted()).isEqualTo(1);
		String caseId = this.persons.find(this.liaison.unitId(), person.getId()).orElseThrow().getCaseId();
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("AWAITING_DELEGATION");
		return caseId;
	}

	private List<String> events(String caseId) {
		return this.jdbc.queryForList("select event from case_event where case_id = ? order by id", String.class,
				caseId);
	}

}
