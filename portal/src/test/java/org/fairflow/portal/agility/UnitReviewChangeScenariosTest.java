package org.fairflow.portal.agility;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.ConsoleUpload;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.ModelEdit;
import org.fairflow.portal.support.RestartablePortal;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.notification.Notifications;
import org.fairflow.workers.notification.SentMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agility promise on the unit review: a process owner changes the model (nothing
 * else), the change reaches the cases started afterwards, and a case that was already
 * running when the change was published finishes correctly on the version it started on.
 * Each scenario runs on a portal of its own, since it publishes versions.
 */
class UnitReviewChangeScenariosTest {

	private static final String FIRST = "Task_FirstReview";

	private static final String SECOND = "Task_SecondReview";

	@RegisterExtension
	final RestartablePortal portal = RestartablePortal.onFreshSchema("agility");

	private Fixtures fixtures;

	private Fixtures.Tree tree;

	private HumanTasks tasks;

	private Notifications notifications;

	private ModelDeployment models;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startPortal() {
		this.context = this.portal.start();
		this.fixtures = Fixtures.of(this.context);
		this.tree = this.fixtures.tree();
		this.tasks = this.context.getBean(HumanTasks.class);
		this.notifications = this.context.getBean(Notifications.class);
		this.models = this.context.getBean(ModelDeployment.class);
	}

	@Test
	void aThirdReviewLevelReachesNewCasesWhileARunningCaseFinishesWithTwo() {
		String organiser = "fin" + this.tree.organiser().getId();
		this.context.getBean(Accounts.class)
			.create(organiser, Fixtures.PASSWORD, Role.ORGANISER, "终审员", this.tree.organiser().getId(), null);
		String running = registerAndAwaitFirstReview();

		publish(ModelEdit.of("unit-review.bpmn")
			.insertInto("Flow_SecondApproved",
					(flow) -> flow.userTask("Task_ThirdReview")
						.name("终审 Final review")
						.zeebeCandidateGroups(this.tree.organiser().reviewGroup())
						.zeebeFormKey("unit-review")
						.zeebeTaskHeader("decisions", "approve,reject")
						.zeebeTaskHeader("commentRequiredFor", "reject")
						.zeebeTaskHeader("title_zh", "单位终审")
						.zeebeTaskHeader("title_en", "Unit final review")
						.exclusiveGateway("Gateway_ThirdDecision")
						.name("终审决定 Final review decision")
						.sequenceFlowId("Flow_ThirdRejected")
						.conditionExpression("=decision = \"reject\"")
						.connectTo("Task_MarkRejected")
						.moveToNode("Gateway_ThirdDecision")
						.conditionExpression("=decision = \"approve\"")),
				"增加终审");
		String changed = registerAndAwaitFirstReview();

		approveBothLevels(running);
		this.fixtures.awaitClosed(running);
		approveBothLevels(changed);
		HumanTask third = this.fixtures.awaitOpenTask(changed, "Task_ThirdReview");
		assertThat(third.candidateGroupList()).containsExactly(this.tree.organiser().reviewGroup());
		assertThat(third.getName()).isEqualTo("单位终审");
		this.tasks.decide(third.getId(), this.fixtures.user(organiser), "approve", null, Map.of());
		this.fixtures.awaitClosed(changed);

		assertThat(this.fixtures.caseRecord(running).getStatus()).isEqualTo("APPROVED");
		assertThat(this.tasks.forCase(running)).extracting(HumanTask::getElementId).containsExactly(FIRST, SECOND);
		assertThat(this.fixtures.caseRecord(changed).getStatus()).isEqualTo("APPROVED");
		assertThat(this.tasks.forCase(changed)).extracting(HumanTask::getElementId)
			.containsExactly(FIRST, SECOND, "Task_ThirdReview");
	}

	@Test
	void aChangedSmsTextIsSentToNewCasesWhileARunningCaseKeepsItsText() {
		String running = registerAndAwaitFirstReview();

		publish(ModelEdit.of("unit-review.bpmn")
			.header("Task_SmsFirstApproved", "template", "【展会】好消息：“${unitName}”初审已通过，请静候${secondReviewOrgName}复审。"),
				"短信改写");
		String changed = registerAndAwaitFirstReview();
		approveBothLevels(running);
		approveBothLevels(changed);
		this.fixtures.awaitClosed(running);
		this.fixtures.awaitClosed(changed);

		assertThat(sms(running, "Task_SmsFirstApproved")).contains("已通过" + this.tree.sub().getNameZh() + "初审")
			.doesNotContain("好消息");
		assertThat(sms(changed, "Task_SmsFirstApproved")).startsWith("【展会】好消息：")
			.contains("请静候" + this.tree.delegation().getNameZh() + "复审")
			.doesNotContain("${");
		assertThat(this.fixtures.caseRecord(running).getStatus()).isEqualTo("APPROVED");
	}

	@Test
	void aLongerReviewDeadlineAppliesToNewCasesWhileARunningCaseKeepsTheDueDateItWasGiven() {
		Instant start = Instant.now();
		String running = registerAndAwaitFirstReview();

		publish(ModelEdit.of("unit-review.bpmn")
			.input(FIRST, "firstReviewDue", "duration(\"P3D\")", "duration(\"P10D\")"), "初审期限改为 10 天");
		String changed = registerAndAwaitFirstReview();

		Instant runningDue = this.fixtures.openTask(running, FIRST).getDueAt();
		Instant changedDue = this.fixtures.openTask(changed, FIRST).getDueAt();
		assertThat(runningDue).isBetween(start.plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(3)));
		assertThat(changedDue).isBetween(start.plus(Duration.ofDays(10)), Instant.now().plus(Duration.ofDays(10)));
		approveBothLevels(running);
		this.fixtures.awaitClosed(running);
		assertThat(this.fixtures.caseRecord(running).getStatus()).isEqualTo("APPROVED");
	}

	@Test
	void anotherReviewerGroupGetsTheStepInNewCasesWhileARunningCaseStaysWithItsReviewers() {
		String running = registerAndAwaitFirstReview();

		publish(ModelEdit.of("unit-review.bpmn").candidateGroups(FIRST, "=[secondReviewGroup]"), "初审改由交易团负责");
		String changed = registerAndAwaitFirstReview();

		HumanTask runningFirst = this.fixtures.openTask(running, FIRST);
		HumanTask changedFirst = this.fixtures.openTask(changed, FIRST);
		assertThat(runningFirst.candidateGroupList()).containsExactly(this.tree.sub().reviewGroup());
		assertThat(changedFirst.candidateGroupList()).containsExactly(this.tree.delegation().reviewGroup());
		this.tasks.decide(runningFirst.getId(), this.fixtures.user(this.tree.subReviewer()), "approve", null, Map.of());
		this.tasks.decide(changedFirst.getId(), this.fixtures.user(this.tree.delegationReviewer()), "approve", null,
				Map.of());
		approveSecond(running);
		approveSecond(changed);
		this.fixtures.awaitClosed(running);
		this.fixtures.awaitClosed(changed);

		assertThat(this.fixtures.caseRecord(running).getStatus()).isEqualTo("APPROVED");
		assertThat(this.fixtures.caseRecord(changed).getStatus()).isEqualTo("APPROVED");
	}

	@Test
	void anAddedEmailStepIsSentInNewCasesOnlyAndARunningCaseFinishesWithoutIt() {
		String running = registerAndAwaitFirstReview();

		publish(ModelEdit.of("unit-review.bpmn")
			.insertInto("Flow_ApprovedEnd",
					(flow) -> flow.serviceTask("Task_EmailNextSteps")
						.name("邮件：参展须知 E-mail: next steps")
						.zeebeJobType("send-email")
						.zeebeJobRetries("5")
						.zeebeTaskHeader("subject", "参展须知 / What to do next")
						.zeebeTaskHeader("template", "尊敬的${contactName}：请为“${unitName}”的人员申办证件。")),
				"增加参展须知邮件");
		String changed = registerAndAwaitFirstReview();
		approveBothLevels(running);
		approveBothLevels(changed);
		this.fixtures.awaitClosed(running);
		this.fixtures.awaitClosed(changed);

		assertThat(elements(running)).doesNotContain("Task_EmailNextSteps").endsWith("Task_EmailApproved");
		assertThat(elements(changed)).endsWith("Task_EmailApproved", "Task_EmailNextSteps");
		assertThat(this.notifications.forCase(changed)).filteredOn((m) -> m.elementId().equals("Task_EmailNextSteps"))
			.singleElement()
			.satisfies((m) -> assertThat(m.subject()).isEqualTo("参展须知 / What to do next"));
		assertThat(this.fixtures.caseRecord(running).getStatus()).isEqualTo("APPROVED");
	}

	@Test
	void twoReorderedStepsRunInTheNewOrderInNewCasesAndInTheOldOrderInARunningCase() {
		String running = registerAndAwaitFirstReview();

		publish(ModelEdit.of("unit-review.bpmn")
			.rewire("Flow_ApprovedNotifySms", "Task_MarkApproved", "Task_EmailApproved")
			.rewire("Flow_AutoApprovedNotify", "Task_MarkAutoApproved", "Task_EmailApproved")
			.rewire("Flow_ApprovedNotifyEmail", "Task_EmailApproved", "Task_SmsApproved")
			.rewire("Flow_ApprovedEnd", "Task_SmsApproved", "End_Approved"), "先发邮件再发短信");
		String changed = registerAndAwaitFirstReview();
		approveBothLevels(running);
		approveBothLevels(changed);
		this.fixtures.awaitClosed(running);
		this.fixtures.awaitClosed(changed);

		assertThat(elements(running)).endsWith("Task_SmsApproved", "Task_EmailApproved");
		assertThat(elements(changed)).endsWith("Task_EmailApproved", "Task_SmsApproved");
		assertThat(this.fixtures.caseRecord(changed).getStatus()).isEqualTo("APPROVED");
		assertThat(this.fixtures.caseRecord(running).getStatus()).isEqualTo("APPROVED");
	}

	/** Through the console: upload, checks, publish. */
	private void publish(ModelEdit edit, String note) {
		ConsoleUpload.on(this.context).publish(edit.fileName(), edit.bytes(), note);
		assertThat(this.models.find(StoredModel.Kind.BPMN, "unit-review", null)).map(StoredModel::getVersion)
			.contains(2);
	}

	private String registerAndAwaitFirstReview() {
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub()));
		this.fixtures.awaitOpenTask(caseId, FIRST);
		return caseId;
	}

	private void approveBothLevels(String caseId) {
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(this.tree.subReviewer()), "approve", null, Map.of());
		approveSecond(caseId);
	}

	private void approveSecond(String caseId) {
		HumanTask second = this.fixtures.awaitOpenTask(caseId, SECOND);
		this.tasks.decide(second.getId(), this.fixtures.user(this.tree.delegationReviewer()), "approve", null,
				Map.of());
	}

	private String sms(String caseId, String elementId) {
		return this.notifications.forCase(caseId)
			.stream()
			.filter((m) -> m.elementId().equals(elementId))
			.map(SentMessage::body)
			.findFirst()
			.orElseThrow();
	}

	/** The notification steps of a case in the order they were sent. */
	private List<String> elements(String caseId) {
		return this.notifications.forCase(caseId).stream().map(SentMessage::elementId).toList();
	}

}
