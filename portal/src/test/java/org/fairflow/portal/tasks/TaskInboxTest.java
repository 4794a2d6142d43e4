package org.fairflow.portal.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairflow.portal.cases.Cases;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import org.fairflow.portal.engine.UserTaskJobHandler;
import org.mockito.Mockito;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox: user-task jobs becoming tasks, what each reviewer sees, and who may decide.
 */
@PortalTest
class TaskInboxTest {

	private static final String FIRST = "Task_FirstReview";

	private static final String SECOND = "Task_SecondReview";

	@Autowired
	org.fairflow.portal.web.Formats formats;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	Accounts accounts;

	@Autowired
	UserTaskJobHandler userTaskJobs;

	@Test
	void aUserTaskJobDeliveredTwiceMakesOneTaskThatKeepsItsClaimAndTakesTheNewJobKey() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.ENTERPRISE, tree.sub()));
		this.fixtures.awaitClosed(caseId);

		this.userTaskJobs.onUserTask(reviewJob(caseId, tree.sub().reviewGroup(), 9_000_001L));
		HumanTask created = this.fixtures.openTask(caseId, FIRST);
		this.tasks.claim(created.getId(), this.fixtures.user(tree.subReviewer()));
		this.userTaskJobs.onUserTask(reviewJob(caseId, tree.sub().reviewGroup(), 9_000_002L));

		assertThat(this.tasks.forCase(caseId)).singleElement().satisfies((task) -> {
			assertThat(task.getId()).isEqualTo(created.getId());
			assertThat(task.getJobKey()).isEqualTo(9_000_002L);
			assertThat(task.getStatus()).isEqualTo(HumanTask.Status.OPEN);
			assertThat(task.getClaimedBy()).isEqualTo(tree.subReviewer());
			assertThat(task.candidateGroupList()).containsExactly(tree.sub().reviewGroup());
			assertThat(task.decisionList()).containsExactly("approve", "return", "reject", "reassign");
			assertThat(task.getScopeOrgId()).isEqualTo(tree.sub().getId());
		});
		assertThat(this.cases.history(caseId)).filteredOn((e) -> "TASK_CREATED".equals(e.getEvent())).hasSize(1);
	}

	@Autowired
	HumanTaskRepository taskRows;

	@Test
	void theSameJobDeliveredAgainKeepsTheDetailsAMigrationGaveTheTask() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.ENTERPRISE, tree.sub()));
		this.fixtures.awaitClosed(caseId);
		this.userTaskJobs.onUserTask(reviewJob(caseId, tree.sub().reviewGroup(), 9_100_001L));
		HumanTask task = this.fixtures.openTask(caseId, FIRST);
		task.migrated(FIRST, TaskHeaders.from(Map.of(TaskHeaders.CANDIDATE_GROUPS,
				"[\"" + tree.delegation().reviewGroup() + "\"]", "decisions", "approve,reject"), "新初审"));
		this.taskRows.save(task);

		this.userTaskJobs.onUserTask(reviewJob(caseId, tree.sub().reviewGroup(), 9_100_001L));

		assertThat(this.fixtures.openTask(caseId, FIRST)).satisfies((after) -> {
			assertThat(after.candidateGroupList()).containsExactly(tree.delegation().reviewGroup());
			assertThat(after.decisionList()).containsExactly("approve", "reject");
		});
	}

	@Test
	void aLiveTaskRedeliveredByTheEngineStaysOneTaskAndCanStillBeDecided() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		HumanTask real = this.fixtures.awaitOpenTask(caseId, FIRST);
		PortalUser reviewer = this.fixtures.user(tree.subReviewer());
		this.tasks.claim(real.getId(), reviewer);

		this.userTaskJobs.onUserTask(reviewJob(caseId, tree.sub().reviewGroup(), real.getJobKey() + 1_000_000));
		this.userTaskJobs.onUserTask(reviewJob(caseId, tree.sub().reviewGroup(), real.getJobKey()));

		assertThat(this.tasks.forCase(caseId)).singleElement().satisfies((task) -> {
			assertThat(task.getId()).isEqualTo(real.getId());
			assertThat(task.getJobKey()).isEqualTo(real.getJobKey());
			assertThat(task.getClaimedBy()).isEqualTo(tree.subReviewer());
		});
		this.tasks.decide(real.getId(), reviewer, "approve", null, Map.of());
		assertThat(this.fixtures.awaitOpenTask(caseId, SECOND)).isNotNull();
		assertThat(this.cases.history(caseId))
			.filteredOn((e) -> "TASK_CREATED".equals(e.getEvent()) && FIRST.equals(e.getStep()))
			.hasSize(1);
	}

	@Test
	void inboxFiltersByClaimFlowOrganisationAndDateAndPages() {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask a = firstReviewOfNewUnit(tree);
		HumanTask b = firstReviewOfNewUnit(tree);
		HumanTask c = firstReviewOfNewUnit(tree);
		String direct = this.fixtures.register(Fixtures.form(UnitCategory.GOVERNMENT, tree.delegation()));
		HumanTask d = this.fixtures.awaitOpenTask(direct, SECOND);
		PortalUser sub = this.fixtures.user(tree.subReviewer());
		PortalUser delegation = this.fixtures.user(tree.delegationReviewer());
		this.tasks.claim(a.getId(), sub);
		LocalDate today = LocalDate.ofInstant(a.getCreatedAt(), this.formats.zone());

		assertThat(ids(sub, filter(null, "unclaimed", null, null, null))).containsExactlyInAnyOrder(b.getId(),
				c.getId());
		assertThat(ids(sub, filter(null, "mine", null, null, null))).containsExactly(a.getId());
		assertThat(ids(sub, filter(null, "all", null, null, null))).containsExactlyInAnyOrder(a.getId(), b.getId(),
				c.getId());
		assertThat(ids(delegation, filter(null, "all", null, null, null))).containsExactlyInAnyOrder(a.getId(),
				b.getId(), c.getId(), d.getId());
		assertThat(ids(delegation, filter(null, null, null, null, null)))
			.as("unclaimed: only what the delegation itself reviews")
			.containsExactly(d.getId());
		assertThat(ids(delegation, filter(null, "mine", null, null, null))).isEmpty();

		assertThat(ids(delegation, filter("unit-review", "all", null, null, null))).hasSize(4);
		assertThat(ids(delegation, filter("badge-review", "all", null, null, null))).isEmpty();

		assertThat(ids(delegation, filter(null, "all", tree.sub().getId(), null, null)))
			.containsExactlyInAnyOrder(a.getId(), b.getId(), c.getId());
		assertThat(ids(delegation, filter(null, "all", tree.delegation().getId(), null, null))).hasSize(4);
		assertThat(ids(delegation, filter(null, "all", tree.other().getId(), null, null))).isEmpty();
		assertThat(ids(sub, filter(null, "all", tree.delegation().getId(), null, null)))
			.as("an organisation filter never widens what a reviewer sees")
			.containsExactlyInAnyOrder(a.getId(), b.getId(), c.getId());

		assertThat(ids(delegation, filter(null, "all", null, today, today))).hasSize(4);
		assertThat(ids(delegation, filter(null, "all", null, today.plusDays(1), null))).isEmpty();
		assertThat(ids(delegation, filter(null, "all", null, null, today.minusDays(1)))).isEmpty();

		Page<HumanTask> first = this.tasks.inbox(delegation, filter(null, "all", null, null, null),
				PageRequest.of(0, 3));
		Page<HumanTask> second = this.tasks.inbox(delegation, filter(null, "all", null, null, null),
				PageRequest.of(1, 3));
		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent()).hasSize(3);
		assertThat(second.getContent()).hasSize(1);
		List<Long> paged = new ArrayList<>(first.map(HumanTask::getId).getContent());
		paged.addAll(second.map(HumanTask::getId).getContent());
		assertThat(paged).as("oldest first, every task once")
			.containsExactly(a.getId(), b.getId(), c.getId(), d.getId());
	}

	@Test
	void aReviewerOfAnotherDelegationSeesNothingOfIt() {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser other = this.fixtures.user(tree.otherReviewer());

		assertThat(ids(other, filter(null, "all", null, null, null))).isEmpty();
		assertThat(ids(other, filter(null, "all", tree.sub().getId(), null, null))).isEmpty();
		assertThatThrownBy(() -> this.tasks.visible(task.getId(), other)).isInstanceOf(TaskNotFoundException.class);
		assertThatThrownBy(() -> this.tasks.claim(task.getId(), other)).isInstanceOf(TaskNotFoundException.class);
		assertThatThrownBy(() -> this.tasks.decide(task.getId(), other, "approve", null, Map.of()))
			.isInstanceOf(TaskNotFoundException.class);
		assertThat(this.fixtures.openTask(task.getCaseId(), FIRST).getClaimedBy()).isNull();
	}

	@Test
	void aTaskClaimedByOneReviewerCannotBeDecidedByAnother() {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser a = this.fixtures.user(tree.subReviewer());
		PortalUser b = secondSubReviewer(tree);

		this.tasks.claim(task.getId(), a);

		assertThatThrownBy(() -> this.tasks.decide(task.getId(), b, "approve", null, Map.of()))
			.isInstanceOfSatisfying(DecisionException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("task.claimedByOther");
				assertThat(ex.arguments()).containsExactly(a.getUsername());
			});
		assertThatThrownBy(() -> this.tasks.claim(task.getId(), b)).isInstanceOfSatisfying(DecisionException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("task.claimedByOther"));
		assertThatThrownBy(() -> this.tasks.unclaim(task.getId(), b)).isInstanceOfSatisfying(DecisionException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("task.notClaimedByYou"));
		assertThat(this.fixtures.openTask(task.getCaseId(), FIRST).getClaimedBy()).isEqualTo(a.getUsername());
		assertThat(this.cases.history(task.getCaseId())).noneMatch((e) -> "DECIDED".equals(e.getEvent()));

		this.tasks.decide(task.getId(), a, "approve", null, Map.of());
		assertThat(this.fixtures.awaitOpenTask(task.getCaseId(), SECOND)).isNotNull();
	}

	@Test
	void aDecisionTheTaskDoesNotOfferOrAnOverlongCommentIsRefused() {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser reviewer = this.fixtures.user(tree.subReviewer());
		PortalUser delegation = this.fixtures.user(tree.delegationReviewer());

		assertRefused(() -> this.tasks.decide(task.getId(), reviewer, "resubmit", null, Map.of()),
				"task.unknownDecision");
		assertRefused(() -> this.tasks.decide(task.getId(), reviewer, null, null, Map.of()), "task.decisionRequired");
		assertRefused(() -> this.tasks.decide(task.getId(), reviewer, "reject", "x".repeat(1001), Map.of()),
				"task.commentTooLong");
		assertRefused(() -> this.tasks.decide(task.getId(), delegation, "approve", null, Map.of()), "task.notOffered");
		assertRefused(() -> this.tasks.claim(task.getId(), delegation), "task.notOffered");

		assertThat(this.fixtures.openTask(task.getCaseId(), FIRST)).isNotNull();
		assertThat(this.cases.history(task.getCaseId())).noneMatch((e) -> "DECIDED".equals(e.getEvent()));
		this.tasks.decide(task.getId(), reviewer, "reject", "x".repeat(1000), Map.of());
		this.fixtures.awaitClosed(task.getCaseId());
	}

	@Test
	void twoReviewersDecidingAtOnceLetExactlyOneThrough() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser a = this.fixtures.user(tree.subReviewer());
		PortalUser b = secondSubReviewer(tree);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (PortalUser reviewer : List.of(a, b)) {
				outcomes.add(pool.submit(decideAfter(start, task.getId(), reviewer)));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}

			assertThat(results).filteredOn("ok"::equals).hasSize(1);
			assertThat(results).filteredOn((r) -> !"ok".equals(r))
				.singleElement()
				.isIn("task.changedMeanwhile", "task.alreadyDecided");
		}
		finally {
			pool.shutdownNow();
		}
		HumanTask second = this.fixtures.awaitOpenTask(task.getCaseId(), SECOND);
		assertThat(second).isNotNull();
		assertThat(this.cases.history(task.getCaseId()))
			.filteredOn((e) -> "DECIDED".equals(e.getEvent()) && FIRST.equals(e.getStep()))
			.hasSize(1);
		assertThat(this.tasks.forCase(task.getCaseId())).extracting((t) -> t.getElementId() + ":" + t.getStatus())
			.containsExactly(FIRST + ":COMPLETED", SECOND + ":OPEN");
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DecisionException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private Callable<String> decideAfter(CountDownLatch start, long taskId, PortalUser reviewer) {
		return () -> {
			start.await();
			try {
				this.tasks.decide(taskId, reviewer, "approve", null, Map.of());
				return "ok";
			}
			catch (DecisionException ex) {
				return ex.messageKey();
			}
		};
	}

	private HumanTask firstReviewOfNewUnit(Fixtures.Tree tree) {
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		return this.fixtures.awaitOpenTask(caseId, FIRST);
	}

	private PortalUser secondSubReviewer(Fixtures.Tree tree) {
		String username = tree.subReviewer() + "b";
		this.accounts.create(username, Fixtures.PASSWORD, Role.SUB_DELEGATION_REVIEWER, "另一初审员", tree.sub().getId(),
				null);
		return this.fixtures.user(username);
	}

	@Test
	void unclaimedListsOnlyTasksOfferedToMeWhileAllShowsTheWholeSubtree() {
		Fixtures.Tree tree = this.fixtures.tree();
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		HumanTask first = this.fixtures.awaitOpenTask(caseId, FIRST);
		this.tasks.decide(first.getId(), this.fixtures.user(tree.subReviewer()), "approve", null, Map.of());
		HumanTask second = this.fixtures.awaitOpenTask(caseId, "Task_SecondReview");
		PortalUser subReviewer = this.fixtures.user(tree.subReviewer());

		assertThat(ids(subReviewer, filter(null, "unclaimed", null, null, null))).doesNotContain(second.getId());
		assertThat(ids(subReviewer, filter(null, "all", null, null, null))).contains(second.getId());
		assertThat(ids(this.fixtures.user(tree.delegationReviewer()), filter(null, "unclaimed", null, null, null)))
			.contains(second.getId());
	}

	private List<Long> ids(PortalUser user, InboxFilter filter) {
		return this.tasks.inbox(user, filter, PageRequest.of(0, 50)).map(HumanTask::getId).getContent();
	}

	private static InboxFilter filter(String flow, String mode, Long org, LocalDate from, LocalDate to) {
		return new InboxFilter(flow, mode, org, from, to);
	}

	/** A first-review job as the engine delivers it to the inbox, without an engine. */
	private static ActivatedJob reviewJob(String caseId, String group, long key) {
		ActivatedJob job = Mockito.mock(ActivatedJob.class);
		Mockito.when(job.getKey()).thenReturn(key);
		Mockito.when(job.getType()).thenReturn(UserTaskJobHandler.USER_TASK_JOB_TYPE);
		Mockito.when(job.getKind()).thenReturn(JobKind.BPMN_ELEMENT);
		Mockito.when(job.getBpmnProcessId()).thenReturn("unit-review");
		Mockito.when(job.getElementId()).thenReturn(FIRST);
		Mockito.when(job.getRetries()).thenReturn(3);
		Mockito.when(job.getVariablesAsMap())
			.thenReturn(Map.of("caseId", caseId, "round", 1, "firstReviewGroup", group));
		Mockito.when(job.getCustomHeaders())
			.thenReturn(Map.of("io.camunda.zeebe:candidateGroups", "[\"" + group + "\"]", "io.camunda.zeebe:formKey",
					"unit-review", "io.camunda.zeebe:dueDate", "2030-01-01T00:00:00Z", "decisions",
					"approve,return,reject,reassign", "commentRequiredFor", "return,reject,reassign", "title_zh",
					"单位初审", "title_en", "Unit first review"));
		return job;
	}

}
