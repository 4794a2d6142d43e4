package org.fairflow.portal.badge;

import java.util.List;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.production.ProducedBadges;
import org.fairflow.portal.quota.QuotaExceededException;
import org.fairflow.portal.quota.AllocationTarget;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Persons submitted into badge-review on PostgreSQL with the embedded engine: quota
 * first, the person's status following the process, the simulated security check
 * answering through the portal, and quota coming back when a badge ends rejected.
 */
@PortalTest
class BadgeApplicationFlowTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Quotas quotas;

	@Autowired
	Persons persons;

	@Autowired
	BadgeApplications applications;

	@Autowired
	BadgeLifecycle lifecycle;

	@Autowired
	SecurityAnswers securityAnswers;

	@Autowired
	ProducedBadges badges;

	@Autowired
	UnitAddresses addresses;

	Fixtures.Tree tree;

	PortalUser liaison;

	@BeforeEach
	void unitWithOneStaffBadgeOfQuota() {
		this.tree = this.fixtures.tree();
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, this.tree);
		String organiser = "organiser" + this.tree.organiser().getId();
		this.accounts.create(organiser, Fixtures.PASSWORD, Role.ORGANISER, "组委会", this.tree.organiser().getId(), null);
		this.quotas.allocate(this.fixtures.user(organiser),
				AllocationTarget.organisation(this.tree.delegation().getId()), BadgeType.STAFF, 1);
		this.quotas.allocate(this.fixtures.user(this.tree.delegationReviewer()),
				AllocationTarget.organisation(this.tree.sub().getId()), BadgeType.STAFF, 1);
	}

	@Test
	void aStaffBadgeWithinQuotaIsReservedCheckedAndApproved() {
		Person person = add("STAFF", true, null);

		BadgeApplications.SubmitReport report = submit(person);

		assertThat(report.submitted()).isEqualTo(1);
		assertThat(report.refusals()).isEmpty();
		Person submitted = reload(person);
		assertThat(submitted.getCaseId()).isNotNull();
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId()))).isPresent();
		this.fixtures.awaitClosed(submitted.getCaseId());
		CaseRecord delivered = this.fixtures.caseRecord(submitted.getCaseId());
		assertThat(delivered.getStatus()).isEqualTo("DELIVERED");
		assertThat(delivered.getBusinessKey()).isEqualTo(person.getId().toString());
		assertThat(reload(person).getStatus()).isEqualTo(PersonStatus.DELIVERED);
		assertThat(this.securityAnswers.knownAnswer(submitted.getCaseId(), 1))
			.hasValueSatisfying((answer) -> assertThat(answer.passed()).isTrue());
		assertThat(this.badges.current(submitted.getCaseId())).hasValueSatisfying((badge) -> {
			assertThat(badge.valid()).isTrue();
			assertThat(badge.round()).isEqualTo(1);
		});
		assertThat(events(submitted.getCaseId())).contains("SECURITY_PASSED", "BADGE_PRODUCED", "BADGE_DELIVERED");
	}

	@Test
	void aBadgeGoesByCourierToTheUnitsDefaultAddressWithATrackingNumber() {
		this.addresses.add(this.liaison.unitId(), UnitAddressesTest.form("王收件"));
		Person person = add("STAFF", true, null);

		submit(person);

		String caseId = reload(person).getCaseId();
		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("DELIVERED");
		String shipped = this.jdbc.queryForObject(
				"select body from notification_message where case_id = ? and element_id = 'Task_SmsShipped'",
				String.class, caseId);
		String tracking = this.jdbc.queryForObject(
				"select tracking_number from courier_shipment where shipment_key = ? and recipient_name = '王收件'",
				String.class, caseId + "/1");
		assertThat(shipped).contains("运单号" + tracking);
	}

	@Test
	void aDelegationUpgradesADeliveredBadgeWithItsOwnQuotaVoidingTheOldOne() {
		this.quotas.allocate(this.fixtures.user("organiser" + this.tree.organiser().getId()),
				AllocationTarget.organisation(this.tree.delegation().getId()), BadgeType.VIP, 1);
		Person person = add("STAFF", true, null);
		submit(person);
		String caseId = reload(person).getCaseId();
		this.fixtures.awaitClosed(caseId);
		String oldBadge = this.badges.current(caseId).orElseThrow().badgeId();

		this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()), person.getId(), BadgeType.VIP);

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.badges.current(caseId).map((b) -> b.round() == 2).orElse(false)
					&& !this.fixtures.caseRecord(caseId).isActive());
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("DELIVERED");
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.VIP);
		assertThat(reload(person).getStatus()).isEqualTo(PersonStatus.DELIVERED);
		assertThat(this.jdbc.queryForObject("select status from produced_badge where id = ?", String.class, oldBadge))
			.isEqualTo("VOID");
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId())))
			.hasValueSatisfying((r) -> assertThat(r.type()).isEqualTo(BadgeType.VIP));
		assertThat(events(caseId)).contains("UPGRADE_REQUESTED", "UPGRADED");
		// The types as codes for the history to name in the reader's language, not as a
		// comment.
		assertThat(this.jdbc.queryForMap(
				"select comment, detail from case_event where case_id = ? and event = 'UPGRADE_REQUESTED'", caseId))
			.containsEntry("COMMENT", null)
			.containsEntry("DETAIL", "STAFF,VIP");
	}

	@Test
	void anotherDelegationCannotUpgradeThePersonAndNothingChanges() {
		Person person = add("STAFF", true, null);
		submit(person);
		this.fixtures.awaitClosed(reload(person).getCaseId());

		assertThatThrownBy(() -> this.lifecycle.upgrade(this.fixtures.user(this.tree.otherReviewer()), person.getId(),
				BadgeType.VIP))
			.isInstanceOf(PersonNotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.upgrade(this.liaison, person.getId(), BadgeType.VIP))
			.isInstanceOf(PersonNotFoundException.class);
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.STAFF);
	}

	@Test
	void anUpgradeBeyondTheDelegationsQuotaIsRefusedAndTheBadgeStays() {
		Person person = add("STAFF", true, null);
		submit(person);
		String caseId = reload(person).getCaseId();
		this.fixtures.awaitClosed(caseId);

		assertThatThrownBy(() -> this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()),
				person.getId(), BadgeType.VIP))
			.isInstanceOf(QuotaExceededException.class);
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.STAFF);
		assertThat(this.fixtures.caseRecord(caseId).isActive()).isFalse();
		assertThat(this.badges.current(caseId)).hasValueSatisfying((b) -> assertThat(b.valid()).isTrue());
	}

	private List<String> events(String caseId) {
		return this.jdbc.queryForList("select event from case_event where case_id = ? order by id", String.class,
				caseId);
	}

	@Test
	void aStaffBadgeBeyondTheQuotaIsRefusedAndStaysADraftWithoutACase() {
		Person first = add("STAFF", true, null);
		Person second = add("STAFF", true, null);

		BadgeApplications.SubmitReport report = this.applications.submit(this.liaison.unitId(),
				List.of(first.getId(), second.getId()), this.liaison);

		assertThat(report.submitted()).isEqualTo(1);
		assertThat(report.refusals()).singleElement().satisfies((refusal) -> {
			assertThat(refusal.personId()).isEqualTo(second.getId());
			assertThat(refusal.messageKey()).isEqualTo("quota.exceeded");
		});
		assertThat(reload(second).getStatus()).isEqualTo(PersonStatus.DRAFT);
		assertThat(reload(second).getCaseId()).isNull();
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(second.getId()))).isEmpty();
	}

	@Test
	void aDraftWithoutPhotoIsNotSubmitted() {
		Person person = add("STAFF", false, null);

		BadgeApplications.SubmitReport report = submit(person);

		assertThat(report.submitted()).isZero();
		assertThat(report.refusals()).singleElement()
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("badge.submit.photoMissing"));
		assertThat(reload(person).getStatus()).isEqualTo(PersonStatus.DRAFT);
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId()))).isEmpty();
	}

	@Test
	void aPersonOnTheWatchListIsRejectedAndItsQuotaComesBack() {
		Person person = add("STAFF", true, "WATCH00001");

		submit(person);

		this.fixtures.awaitStatus(reload(person).getCaseId(), "REJECTED");
		assertThat(reload(person).getStatus()).isEqualTo(PersonStatus.REJECTED);
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId()))).isEmpty();
		Person next = add("STAFF", true, null);
		assertThat(submit(next).submitted()).as("the freed quota takes the next person").isEqualTo(1);
	}

	@Test
	void aVisitorAwaitsPaymentAndCanBeCancelledThroughTheProcess() {
		Person person = add("VISITOR", true, null);

		submit(person);
		String caseId = reload(person).getCaseId();
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("AWAITING_PAYMENT");
		this.fixtures.awaitStatus(caseId, "AWAITING_PAYMENT");

		boolean cancelledNow = this.lifecycle.cancel(this.liaison.unitId(), person.getId(), "不再参会", this.liaison);

		assertThat(cancelledNow).isFalse();
		this.fixtures.awaitStatus(caseId, "CANCELLED");
		assertThat(reload(person).getStatus()).isEqualTo(PersonStatus.CANCELLED);
		this.fixtures.awaitClosed(caseId);
	}

	@Test
	void aDraftIsCancelledAtOnce() {
		Person person = add("VIP", false, null);

		assertThat(this.lifecycle.cancel(this.liaison.unitId(), person.getId(), null, this.liaison)).isTrue();

		assertThat(reload(person).getStatus()).isEqualTo(PersonStatus.CANCELLED);
	}

	@Test
	void aSubmittedPersonCannotBeSubmittedAgain() {
		Person person = add("VISITOR", true, null);
		submit(person);

		BadgeApplications.SubmitReport again = submit(person);

		assertThat(again.submitted()).isZero();
		assertThat(again.refusals()).singleElement()
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("badge.submit.notDraft"));
	}

	private BadgeApplications.SubmitReport submit(Person person) {
		return this.applications.submit(this.liaison.unitId(), List.of(person.getId()), this.liaison);
	}

	private Person add(String badgeType, boolean withPhoto, String passport) {
		PersonForm form = BadgeTestData.form(badgeType);
		if (passport != null) {
			form = PersonRulesTest.foreign();
			form.setBadgeType(badgeType);
			form.setDocumentNumber(passport);
		}
		return BadgeTestData.draft(this.persons, this.liaison.unitId(), form, withPhoto);
	}

	private Person reload(Person person) {
		return this.persons.find(this.liaison.unitId(), person.getId()).orElseThrow();
	}

}
