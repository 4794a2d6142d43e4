package org.fairflow.portal.unit;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.TaskNotFoundException;
import org.fairflow.workers.notification.Channel;
import org.fairflow.workers.notification.MessageStatus;
import org.fairflow.workers.notification.Notifications;
import org.fairflow.workers.notification.SentMessage;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The unit-review flow through the portal's services, on PostgreSQL and the embedded
 * engine.
 */
@PortalTest
class UnitReviewFlowTest {

	private static final String FIRST = "Task_FirstReview";

	private static final String SECOND = "Task_SecondReview";

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	Notifications notifications;

	@Autowired
	UnitEditing editing;

	@Autowired
	UnitRegistration registration;

	@Autowired
	UnitRepository units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	ObjectMapper json;

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
		assertThat(this.cases.history(caseId).get(0)).satisfies((first) -> {
			assertThat(first.getEvent()).isEqualTo("SUBMITTED");
			assertThat(first.getStep()).isEqualTo("Start_UnitRegistered");
		});
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
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsFirstApproved",
				"Task_EmailFirstApproved", "Task_SmsApproved", "Task_EmailApproved");
		assertThat(this.notifications.forCase(caseId)).filteredOn((m) -> m.elementId().equals("Task_SmsFirstApproved"))
			.singleElement()
			.satisfies((m) -> assertThat(m.body()).contains(tree.sub().getNameZh())
				.contains(tree.delegation().getNameZh())
				.doesNotContain("${"));
	}

	@Test
	void returnAtFirstReviewSendsTheUnitItsCommentAndOffersItTheResubmitStep() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		Long unitId = this.fixtures.unitId(form);

		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "return", "请补充营业执照清晰照片", Map.of());

		HumanTask resubmit = this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");
		assertThat(resubmit.candidateGroupList()).containsExactly("unit:" + unitId);
		assertThat(resubmit.getFormKey()).isEqualTo("unit-resubmit");
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("RETURNED");
		assertThat(this.fixtures.caseRecord(caseId).isActive()).isTrue();
		assertThat(this.units.findById(unitId).orElseThrow().getStatus()).isEqualTo(UnitStatus.RETURNED);
		assertThat(this.cases.history(caseId)).anySatisfy((e) -> {
			assertThat(e.getEvent()).isEqualTo("RETURNED");
			assertThat(e.getComment()).isEqualTo("请补充营业执照清晰照片");
		});
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsReturned",
				"Task_EmailReturned");
		assertThat(this.notifications.forCase(caseId)).filteredOn((m) -> m.elementId().equals("Task_SmsReturned"))
			.singleElement()
			.satisfies((m) -> assertThat(m.body()).contains("请补充营业执照清晰照片"));
	}

	@Test
	void resubmittedUnitIsReviewedAgainInRoundTwoUnderItsNewName() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		Long unitId = this.fixtures.unitId(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "return", "名称与执照不符", Map.of());
		this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");

		ResubmissionForm changed = ResubmissionForm.of(this.units.findById(unitId).orElseThrow());
		String newName = form.getNameZh() + "（已更正）";
		changed.setNameZh(newName);
		this.editing.resubmit(this.fixtures.user(CreditCode.normalise(form.getCreditCode())), changed, null);

		HumanTask again = this.fixtures.awaitOpenTask(caseId, FIRST);
		assertThat(again.getId()).isNotEqualTo(first.getId());
		assertThat(again.getRound()).isEqualTo(2);
		assertThat(this.fixtures.awaitStatus(caseId, "UNDER_REVIEW").getStatus()).isEqualTo("UNDER_REVIEW");
		assertThat(this.units.findById(unitId).orElseThrow().getNameZh()).isEqualTo(newName);
		assertThat(this.fixtures.caseRecord(caseId).getTitle()).as("the case is listed under the new name")
			.isEqualTo(newName);
		Map<String, Object> variables = checkpointVariables(caseId);
		assertThat(variables).containsEntry("unitName", newName).containsEntry("round", 2);
		assertThat(this.tasks.forCase(caseId)).extracting((t) -> t.getElementId() + ":" + t.getStatus())
			.containsExactly(FIRST + ":COMPLETED", "Task_Resubmit:COMPLETED", FIRST + ":OPEN");
		assertThat(this.cases.history(caseId)).filteredOn((e) -> "DECIDED".equals(e.getEvent()))
			.extracting(CaseEvent::getDecision)
			.containsExactly("return", "resubmit");
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsReturned", "Task_EmailReturned",
				"Task_SmsUnderReview", "Task_EmailUnderReview");
		List<SentMessage> underReview = this.notifications.forCase(caseId)
			.stream()
			.filter((m) -> m.elementId().equals("Task_SmsUnderReview"))
			.toList();
		assertThat(underReview.get(0).body()).doesNotContain(newName);
		assertThat(underReview.get(1).body()).contains(newName);
	}

	@Test
	void rejectionAtFirstReviewIsFinalAndTheCreditCodeCannotRegisterAgain() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		Long unitId = this.fixtures.unitId(form);

		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "reject", "非本届参展范围", Map.of());

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("REJECTED");
		assertThat(this.units.findById(unitId).orElseThrow().getStatus()).isEqualTo(UnitStatus.REJECTED);
		assertThat(this.tasks.forCase(caseId)).extracting(HumanTask::getElementId).containsExactly(FIRST);
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsRejected",
				"Task_EmailRejected");

		long unitsBefore = this.units.count();
		long accountsBefore = count("user_account");
		long casesBefore = count("process_case");
		RegistrationForm again = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		again.setCreditCode(form.getCreditCode().toLowerCase());
		assertThatThrownBy(() -> this.registration.register(again, LicenceImage.of("licence.png", Fixtures.png())))
			.isInstanceOf(RegistrationException.class)
			.hasMessage("unit.creditCode.rejected");
		assertThat(this.units.count()).isEqualTo(unitsBefore);
		assertThat(count("user_account")).isEqualTo(accountsBefore);
		assertThat(count("process_case")).isEqualTo(casesBefore);
	}

	@Test
	void rejectionAtSecondReviewIsFinal() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);

		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, SECOND);
		this.tasks.decide(second.getId(), this.fixtures.user(tree.delegationReviewer()), "reject", "资料存疑", Map.of());

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("REJECTED");
		assertThat(this.units.findById(this.fixtures.unitId(form)).orElseThrow().getStatus())
			.isEqualTo(UnitStatus.REJECTED);
		assertThat(this.cases.history(caseId)).filteredOn((e) -> "DECIDED".equals(e.getEvent()))
			.extracting((e) -> e.getStep() + ":" + e.getDecision())
			.containsExactly(FIRST + ":approve", SECOND + ":reject");
		assertThat(this.cases.history(caseId)).anySatisfy((e) -> {
			assertThat(e.getEvent()).isEqualTo("REJECTED");
			assertThat(e.getComment()).isEqualTo("资料存疑");
		});
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsFirstApproved",
				"Task_EmailFirstApproved", "Task_SmsRejected", "Task_EmailRejected");
	}

	@Test
	void unitDirectlyUnderADelegationIsOnlyReviewedByTheDelegation() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.GOVERNMENT, tree.delegation()));

		HumanTask second = this.fixtures.awaitOpenTask(caseId, SECOND);
		assertThat(second.candidateGroupList()).containsExactly(tree.delegation().reviewGroup());
		assertThat(second.getScopeOrgId()).isEqualTo(tree.delegation().getId());
		this.tasks.decide(second.getId(), this.fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());

		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		assertThat(this.tasks.forCase(caseId)).extracting(HumanTask::getElementId).containsExactly(SECOND);
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsApproved",
				"Task_EmailApproved");
	}

	@Test
	void reassignmentAtFirstReviewMovesTheUnitToTheOtherDelegationsSecondReview() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		Long unitId = this.fixtures.unitId(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);

		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "reassign", "应由另一交易团审核",
				Map.of("targetOrganisationId", tree.other().getId().toString()));

		HumanTask second = this.fixtures.awaitOpenTask(caseId, SECOND);
		assertThat(second.candidateGroupList()).containsExactly(tree.other().reviewGroup());
		assertThat(second.getScopeOrgId()).isEqualTo(tree.other().getId());
		assertThat(second.getRound()).isEqualTo(2);
		assertThat(this.tasks.forCase(caseId)).filteredOn((t) -> t.getId().equals(first.getId()))
			.singleElement()
			.satisfies((t) -> {
				assertThat(t.getStatus()).isEqualTo(HumanTask.Status.COMPLETED);
				assertThat(t.getDecision()).isEqualTo("reassign");
			});
		assertThat(this.units.findById(unitId).orElseThrow().getOrganisationId()).isEqualTo(tree.other().getId());
		assertThat(this.fixtures.caseRecord(caseId).getScopeOrgId()).isEqualTo(tree.other().getId());
		assertThat(this.tasks.visible(second.getId(), this.fixtures.user(tree.otherReviewer()))).isNotNull();
		assertThatThrownBy(() -> this.tasks.visible(second.getId(), this.fixtures.user(tree.delegationReviewer())))
			.isInstanceOf(TaskNotFoundException.class);

		this.tasks.decide(second.getId(), this.fixtures.user(tree.otherReviewer()), "approve", null, Map.of());
		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsReassigned",
				"Task_EmailReassigned", "Task_SmsApproved", "Task_EmailApproved");
		assertThat(this.notifications.forCase(caseId)).filteredOn((m) -> m.elementId().endsWith("Reassigned"))
			.hasSize(2)
			.allSatisfy((m) -> assertThat(m.body()).contains(tree.other().getNameZh()).doesNotContain("${"));
	}

	@Test
	void reassignmentAtSecondReviewOpensANewSecondReviewForTheTarget() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, SECOND);

		this.tasks.decide(second.getId(), this.fixtures.user(tree.delegationReviewer()), "reassign", "直属交易团",
				Map.of("targetOrganisationId", tree.delegation().getId().toString()));

		HumanTask again = this.fixtures.awaitOpenTask(caseId, SECOND);
		assertThat(again.getId()).isNotEqualTo(second.getId());
		assertThat(again.getRound()).isEqualTo(2);
		assertThat(again.getScopeOrgId()).isEqualTo(tree.delegation().getId());
		assertThat(again.candidateGroupList()).containsExactly(tree.delegation().reviewGroup());
		assertThat(this.units.findById(this.fixtures.unitId(form)).orElseThrow().getOrganisationId())
			.isEqualTo(tree.delegation().getId());
		assertThat(this.tasks.forCase(caseId)).extracting((t) -> t.getElementId() + ":" + t.getStatus())
			.containsExactly(FIRST + ":COMPLETED", SECOND + ":COMPLETED", SECOND + ":OPEN");
		assertThatThrownBy(() -> this.tasks.visible(again.getId(), this.fixtures.user(tree.subReviewer())))
			.isInstanceOf(TaskNotFoundException.class);

		this.tasks.decide(again.getId(), this.fixtures.user(tree.delegationReviewer()), "approve", null, Map.of());
		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsFirstApproved",
				"Task_EmailFirstApproved", "Task_SmsReassigned", "Task_EmailReassigned", "Task_SmsApproved",
				"Task_EmailApproved");
	}

	@Test
	void reassignmentToASubDelegationNamesItInTheMessagesAndTheHistoryNotItsDelegation() {
		Fixtures.Tree tree = this.fixtures.tree();
		Organisation xuhui = this.organisations.create("X-" + tree.sub().getCode(), "徐汇区交易分团" + tree.sub().getId(),
				"Xuhui " + tree.sub().getId(), OrganisationKind.SUB_DELEGATION, tree.delegation().getId());
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, SECOND);

		this.tasks.decide(second.getId(), this.fixtures.user(tree.delegationReviewer()), "reassign", "属徐汇区",
				Map.of("targetOrganisationId", xuhui.getId().toString()));

		HumanTask again = this.fixtures.awaitOpenTask(caseId, FIRST);
		assertThat(again.candidateGroupList()).containsExactly(xuhui.reviewGroup());
		assertThat(this.notifications.forCase(caseId)).filteredOn((m) -> m.elementId().endsWith("Reassigned"))
			.hasSize(2)
			.allSatisfy((m) -> assertThat(m.body()).contains("已转至" + xuhui.getNameZh() + "审核")
				.doesNotContain("已转至" + tree.delegation().getNameZh())
				.doesNotContain("${"));
		assertThat(this.cases.history(caseId))
			.filteredOn((e) -> "DECIDED".equals(e.getEvent()) && "reassign".equals(e.getDecision()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.getDetail()).isEqualTo(xuhui.getNameZh());
				assertThat(e.detail(java.util.Locale.ENGLISH)).isEqualTo(xuhui.getNameEn());
				assertThat(e.detail(java.util.Locale.CHINESE)).isEqualTo(xuhui.getNameZh());
				assertThat(e.getComment()).isEqualTo("属徐汇区");
				assertThat(e.getActor()).isEqualTo("复审员" + tree.delegationReviewer().substring(3));
			});
		assertThat(this.cases.history(caseId))
			.filteredOn((e) -> "DECIDED".equals(e.getEvent()) && "approve".equals(e.getDecision()))
			.singleElement()
			.satisfies((e) -> assertThat(e.getDetail()).isNull());
	}

	@Test
	void returnAtSecondReviewStartsTheWholeReviewAgainAfterResubmission() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		Long unitId = this.fixtures.unitId(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, SECOND);
		this.tasks.decide(second.getId(), this.fixtures.user(tree.delegationReviewer()), "return", "请补充地址", Map.of());
		this.fixtures.awaitOpenTask(caseId, "Task_Resubmit");
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("RETURNED");

		ResubmissionForm changed = ResubmissionForm.of(this.units.findById(unitId).orElseThrow());
		changed.setAddress("上海市测试路 2 号 3 楼");
		this.editing.resubmit(this.fixtures.user(CreditCode.normalise(form.getCreditCode())), changed, null);

		HumanTask again = this.fixtures.awaitOpenTask(caseId, FIRST);
		assertThat(again.getRound()).isEqualTo(2);
		this.tasks.decide(again.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		HumanTask secondAgain = this.fixtures.awaitOpenTask(caseId, SECOND);
		this.tasks.decide(secondAgain.getId(), this.fixtures.user(tree.delegationReviewer()), "approve", null,
				Map.of());
		this.fixtures.awaitClosed(caseId);
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("APPROVED");
		assertThat(this.units.findById(unitId).orElseThrow().getStatus()).isEqualTo(UnitStatus.APPROVED);
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview", "Task_SmsFirstApproved",
				"Task_EmailFirstApproved", "Task_SmsReturned", "Task_EmailReturned", "Task_SmsUnderReview",
				"Task_EmailUnderReview", "Task_SmsFirstApproved", "Task_EmailFirstApproved", "Task_SmsApproved",
				"Task_EmailApproved");
	}

	@Test
	void aUnitUnderReviewCannotResubmit() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		Long unitId = this.fixtures.unitId(form);
		this.fixtures.awaitOpenTask(caseId, FIRST);
		ResubmissionForm changed = ResubmissionForm.of(this.units.findById(unitId).orElseThrow());
		changed.setNameZh("审核中改名");

		assertThatThrownBy(() -> this.editing.resubmit(this.fixtures.user(CreditCode.normalise(form.getCreditCode())),
				changed, null))
			.isInstanceOfSatisfying(DecisionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("unit.frozen"));
		assertThat(this.units.findById(unitId).orElseThrow().getNameZh()).isEqualTo(form.getNameZh());
	}

	@Test
	void reassignmentWithoutAUsableTargetIsRefusedAndChangesNothing() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		Long unitId = this.fixtures.unitId(form);
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);

		for (Map<String, String> params : List.of(Map.<String, String>of(), Map.of("targetOrganisationId", ""),
				Map.of("targetOrganisationId", "not-a-number"),
				Map.of("targetOrganisationId", tree.sub().getId().toString()),
				Map.of("targetOrganisationId", tree.organiser().getId().toString()),
				Map.of("targetOrganisationId", "999999999"))) {
			assertThatThrownBy(() -> this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()),
					"reassign", "改派", params))
				.isInstanceOfSatisfying(DecisionException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("unit.reassign.target"));
		}

		assertThat(this.fixtures.openTask(caseId, FIRST)).isNotNull()
			.satisfies((t) -> assertThat(t.getId()).isEqualTo(first.getId()));
		assertThat(this.units.findById(unitId).orElseThrow().getOrganisationId()).isEqualTo(tree.sub().getId());
		assertThat(this.fixtures.caseRecord(caseId).getScopeOrgId()).isEqualTo(tree.sub().getId());
		assertThat(this.cases.history(caseId)).noneMatch((e) -> "DECIDED".equals(e.getEvent()));
		// Still decidable after the refusals.
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		assertThat(this.fixtures.awaitOpenTask(caseId, SECOND).getScopeOrgId()).isEqualTo(tree.sub().getId());
	}

	@Test
	void returnWithoutACommentIsRefusedAndTheTaskStaysOpen() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);

		for (String comment : new String[] { null, "", "   \n" }) {
			assertThatThrownBy(() -> this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "return",
					comment, Map.of()))
				.isInstanceOfSatisfying(DecisionException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("task.commentRequired"));
		}

		assertThat(this.fixtures.openTask(caseId, FIRST)).isNotNull()
			.satisfies((t) -> assertThat(t.getId()).isEqualTo(first.getId()));
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("UNDER_REVIEW");
		assertThat(this.cases.history(caseId)).noneMatch((e) -> "DECIDED".equals(e.getEvent()));
		assertNotified(caseId, "Task_SmsUnderReview", "Task_EmailUnderReview");
	}

	/**
	 * The case's messages are exactly these, in order, an SMS for every
	 * {@code Task_Sms...} and an e-mail for every {@code Task_Email...}, all recorded.
	 */
	private void assertNotified(String caseId, String... elementIds) {
		List<SentMessage> messages = this.notifications.forCase(caseId);
		assertThat(messages).extracting(SentMessage::elementId).containsExactly(elementIds);
		assertThat(messages).allSatisfy((m) -> {
			assertThat(m.status()).isEqualTo(MessageStatus.RECORDED);
			assertThat(m.channel()).isEqualTo(m.elementId().startsWith("Task_Sms") ? Channel.SMS : Channel.EMAIL);
		});
	}

	private Map<String, Object> checkpointVariables(String caseId) throws Exception {
		String stored = this.jdbc.queryForObject("select checkpoint_variables from process_case where id = ?",
				String.class, caseId);
		return this.json.readValue(stored, new TypeReference<Map<String, Object>>() {
		});
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
