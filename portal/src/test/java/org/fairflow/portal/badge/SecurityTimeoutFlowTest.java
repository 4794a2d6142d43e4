package org.fairflow.portal.badge;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import org.awaitility.Awaitility;
import org.fairflow.portal.quota.AllocationTarget;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.InboxFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security check that gets no answer in time: the BPMN timer hands the person to the
 * organiser's inbox, who passes (the badge is produced) or fails (rejected, nothing more
 * produced). And a person cancelled while the check is pending gives its quota back. Here
 * the simulated service answers only after an hour, and the test moves the embedded
 * engine's clock past the timer. Its own schema, because its settings differ.
 */
@PortalTest
class SecurityTimeoutFlowTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("fairflow.test.schema", () -> "portal_timeout");
		registry.add("fairflow.security-check.simulated.delay", () -> "PT1H");
	}

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
	HumanTasks tasks;

	@Autowired
	BadgeLifecycle lifecycle;

	@Autowired
	Quotas quotas;

	@Autowired
	ZeebeTestEngine engine;

	Fixtures.Tree tree;

	PortalUser liaison;

	PortalUser organiser;

	@BeforeEach
	void unitAndOrganiser() {
		this.tree = this.fixtures.tree();
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, this.tree);
		String username = "organiser" + this.tree.organiser().getId();
		this.accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会", this.tree.organiser().getId(), null);
		this.organiser = this.fixtures.user(username);
	}

	@Test
	void anUnansweredCheckGoesToTheOrganiserWhosePassLetsTheBadgeBeProduced() {
		String caseId = submitAndLetTheTimerFire();

		HumanTask task = this.fixtures.openTask(caseId, "Task_SecurityTimeout");
		assertThat(this.tasks.inbox(this.organiser, InboxFilter.unclaimed(), Pageable.unpaged())
			.map(HumanTask::getCaseId)
			.toList()).contains(caseId);
		this.tasks.decide(task.getId(), this.organiser, "pass", null, Map.of());

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("DELIVERED");
	}

	@Test
	void theOrganisersFailRejectsThePersonWithTheReason() {
		String caseId = submitAndLetTheTimerFire();

		HumanTask task = this.fixtures.openTask(caseId, "Task_SecurityTimeout");
		this.tasks.decide(task.getId(), this.organiser, "fail", "身份存疑 / Identity in doubt", Map.of());

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("REJECTED");
		assertThat(this.jdbc.queryForList("select event from case_event where case_id = ?", String.class, caseId))
			.contains("SECURITY_FAILED")
			.doesNotContain("BADGE_PRODUCED");
	}

	@Test
	void aStaffBadgeCancelledWhileItsCheckIsPendingFreesItsQuota() {
		this.quotas.allocate(this.organiser, AllocationTarget.organisation(this.tree.delegation().getId()),
				BadgeType.STAFF, 1);
		this.quotas.allocate(this.fixtures.user(this.tree.delegationReviewer()),
				AllocationTarget.organisation(this.tree.sub().getId()), BadgeType.STAFF, 1);
		Person person = BadgeTestData.draft(this.persons, this.liaison.unitId(), BadgeTestData.form("STAFF"), true);
		this.applications.submit(this.liaison.unitId(), List.of(person.getId()), this.liaison);
		String caseId = this.persons.find(this.liaison.unitId(), person.getId()).orElseThrow().getCaseId();
		this.fixtures.awaitStatus(caseId, "AWAITING_REVIEW");
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId()))).isPresent();

		this.lifecycle.cancel(this.liaison.unitId(), person.getId(), "不再参会", this.liaison);

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("CANCELLED");
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId()))).isEmpty();
		Person next = BadgeTestData.draft(this.persons, this.liaison.unitId(), BadgeTestData.form("STAFF"), true);
		assertThat(this.applications.submit(this.liaison.unitId(), List.of(next.getId()), this.liaison).submitted())
			.as("the freed quota takes the next person")
			.isEqualTo(1);
	}

	private String submitAndLetTheTimerFire() {
		Person person = BadgeTestData.draft(this.persons, this.liaison.unitId(), BadgeTestData.form("VISITOR"), true);
		BadgeTestData.unifiedPaymentOn(this.jdbc, this.tree.delegation().getId(), null);
		assertThat(this.applications.submit(this.liaison.unitId(), List.of(person.getId()), this.liaison).submitted())
			.isEqualTo(1);
		String caseId = this.persons.find(this.liaison.unitId(), person.getId()).orElseThrow().getCaseId();
		HumanTask confirm = this.fixtures.awaitOpenTask(caseId, "Task_DelegationConfirmPayment");
		this.tasks.decide(confirm.getId(), this.fixtures.user(this.tree.delegationReviewer()), "confirm", null,
				Map.of());
		this.fixtures.awaitStatus(caseId, "AWAITING_REVIEW");
		// The timer starts when the check has been requested: move the clock until it has
		// fired.
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
			this.engine.increaseTime(Duration.ofDays(3));
			return this.fixtures.openTask(caseId, "Task_SecurityTimeout") != null;
		});
		return caseId;
	}

}
