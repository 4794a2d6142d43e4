package org.fairflow.portal.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.EventDetail;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.security.PortalUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

/** The inbox: what a person may see, claim and decide. */
@Service
public class HumanTasks {

	private final HumanTaskRepository tasks;

	private final Cases cases;

	private final EngineGateway engine;

	private final TaskForms forms;

	private final TaskList list;

	private final AuditTrail audit;

	private final Map<String, FlowView> views = new HashMap<>();

	private final Map<String, FlowView> viewsByFormKey = new HashMap<>();

	HumanTasks(HumanTaskRepository tasks, Cases cases, EngineGateway engine, TaskForms forms, TaskList list,
			List<FlowView> views, AuditTrail audit) {
		this.tasks = tasks;
		this.cases = cases;
		this.engine = engine;
		this.forms = forms;
		this.list = list;
		this.audit = audit;
		views.forEach((view) -> {
			this.views.put(view.flow(), view);
			view.formKeys().forEach((key) -> this.viewsByFormKey.put(key, view));
		});
	}

	/** The open tasks this person sees under a filter, in the filter's order. */
	@Transactional(readOnly = true)
	public Page<HumanTask> inbox(PortalUser user, InboxFilter filter, Pageable pageable) {
		return this.list.page(user, filter, pageable);
	}

	/** A task this reviewer may see; anything else is reported as not found. */
	@Transactional(readOnly = true)
	public HumanTask visible(long taskId, PortalUser user) {
		return this.tasks.findById(taskId)
			.filter((t) -> (t.candidateGroupList().stream().anyMatch((g) -> g.startsWith("org:"))
					&& this.list.reviewScope(user).contains(t.getScopeOrgId()))
					|| t.offeredTo(TaskList.roleGroups(user)))
			.orElseThrow(TaskNotFoundException::new);
	}

	/**
	 * How many open tasks of a flow are offered to a group, per step (element id): what
	 * waits for a role such as {@code finance}, whoever asks (the organiser reads
	 * finance's home without being in its group).
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> openCountsByStep(String flow, String group) {
		String escaped = group.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : this.tasks.countByStep(HumanTask.Status.OPEN, flow, "%," + escaped + ",%")) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * The open tasks offered to a group, optionally only those of cases scoped to some
	 * organisations (null: all).
	 */
	@Transactional(readOnly = true)
	public List<HumanTask> openOfferedTo(String group, java.util.Collection<Long> scopeOrgIds) {
		String escaped = group.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return this.tasks.findOfferedTo(HumanTask.Status.OPEN, "%," + escaped + ",%")
			.stream()
			.filter((t) -> scopeOrgIds == null || scopeOrgIds.contains(t.getScopeOrgId()))
			.toList();
	}

	/**
	 * Offers the open tasks of a group to another group instead (the organiser
	 * deactivated or moved an organisation); claims on them end.
	 * @return how many tasks moved
	 */
	@Transactional
	public int moveGroup(String from, String to, java.util.Collection<Long> scopeOrgIds) {
		List<HumanTask> moving = openOfferedTo(from, scopeOrgIds);
		moving.forEach((task) -> task.regroup(from, to));
		this.tasks.saveAllAndFlush(moving);
		return moving.size();
	}

	@Transactional(readOnly = true)
	public List<HumanTask> forCase(String caseId) {
		return this.tasks.findByCaseIdOrderByCreatedAtAsc(caseId);
	}

	public java.util.Collection<String> flows() {
		return new java.util.TreeSet<>(this.views.keySet());
	}

	/** The view a task's form key names, else its flow's view, else none. */
	public FlowView view(HumanTask task) {
		FlowView byKey = (task.getFormKey() != null) ? this.viewsByFormKey.get(task.getFormKey()) : null;
		return (byKey != null) ? byKey : this.views.get(task.getFlow());
	}

	@Transactional
	public void claim(long taskId, PortalUser user) {
		HumanTask task = open(visible(taskId, user));
		if (!task.offeredTo(user.groups())) {
			throw new DecisionException("task.notOffered");
		}
		if (task.getClaimedBy() != null && !task.getClaimedBy().equals(user.getUsername())) {
			throw new DecisionException("task.claimedByOther", task.getClaimedBy());
		}
		task.claim(user.getUsername());
		flush(task);
	}

	@Transactional
	public void unclaim(long taskId, PortalUser user) {
		HumanTask task = open(visible(taskId, user));
		if (!user.getUsername().equals(task.getClaimedBy())) {
			throw new DecisionException("task.notClaimedByYou");
		}
		task.unclaim();
		flush(task);
	}

	/**
	 * Decides a task; a deployed form's data comes as JSON in {@code formData}. Two
	 * people deciding at once: the version check lets exactly one through; the other gets
	 * a message and nothing is recorded for it.
	 */
	@Transactional
	public void decide(long taskId, PortalUser user, String decision, String comment, Map<String, String> params) {
		HumanTask task = open(visible(taskId, user));
		if (!task.offeredTo(user.groups())) {
			throw new DecisionException("task.notOffered");
		}
		if (task.getClaimedBy() != null && !task.getClaimedBy().equals(user.getUsername())) {
			throw new DecisionException("task.claimedByOther", task.getClaimedBy());
		}
		String cleanComment = checkDecision(task, decision, comment);
		// A deployed form's fields, checked before anything else is done.
		Map<String, Object> extra = new HashMap<>(this.forms.submitted(task, params.get("formData")));
		FlowView view = view(task);
		String businessKey = this.cases.find(task.getCaseId()).orElseThrow().getBusinessKey();
		EventDetail detail = null;
		if (view != null) {
			Map<String, Object> added = view.onDecision(task.getCaseId(), businessKey, task.getRound(), decision,
					params, user);
			extra.putAll(added);
			detail = view.historyDetail(decision, added);
		}
		complete(task, user.getUsername(), user.displayName(), decision, cleanComment, detail, extra);
	}

	/**
	 * The open task of a case offered to one of this person's groups (an applicant's
	 * step).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<HumanTask> openTaskFor(String caseId, PortalUser user) {
		return this.tasks.findByCaseIdAndStatus(caseId, HumanTask.Status.OPEN)
			.stream()
			.filter((t) -> t.offeredTo(user.groups()))
			.findFirst();
	}

	/**
	 * The applicant's own step (resubmit after return): the open task offered to its
	 * group.
	 */
	@Transactional
	public void completeAsApplicant(String caseId, PortalUser user, String decision, Map<String, Object> variables) {
		HumanTask task = openTaskFor(caseId, user).orElseThrow(() -> new DecisionException("task.noneOpen"));
		checkDecision(task, decision, null);
		complete(task, user.getUsername(), user.displayName(), decision, null, null, variables);
	}

	private String checkDecision(HumanTask task, String decision, String comment) {
		if (decision == null || decision.isBlank()) {
			throw new DecisionException("task.decisionRequired");
		}
		if (!task.decisionList().contains(decision)) {
			throw new DecisionException("task.unknownDecision");
		}
		String clean = (comment == null) ? "" : comment.strip();
		if (task.commentRequired(decision) && clean.isEmpty()) {
			throw new DecisionException("task.commentRequired");
		}
		if (clean.length() > 1000) {
			throw new DecisionException("task.commentTooLong", 1000);
		}
		if (!this.engine.epoch().equals(task.getEngineEpoch())) {
			throw new DecisionException("task.engineResuming");
		}
		return clean.isEmpty() ? null : clean;
	}

	private void complete(HumanTask task, String username, String displayName, String decision, String comment,
			EventDetail detail, Map<String, Object> extra) {
		task.complete(username, decision, comment);
		flush(task);
		Map<String, Object> completion = new HashMap<>(extra);
		completion.put("decision", decision);
		completion.put("comment", (comment != null) ? comment : "");
		this.cases.recordDecision(task.getCaseId(), displayName, task.getElementId(), decision, comment, detail);
		this.cases.moveCheckpointPast(task.getCaseId(), task.getElementId(), completion);
		// Before the engine: a refused completion rolls the entry back with the decision.
		this.audit.recordBy(username, AuditCategory.DECISION, "task.decided", task.getCaseId(),
				"flow=" + task.getFlow() + ", step=" + task.getElementId() + " (" + task.getName() + "), decision="
						+ decision + ((comment != null) ? ", comment: " + AuditTrail.excerpt(comment, 120) : ""));
		try {
			this.engine.completeJob(task.getJobKey(), completion);
		}
		catch (EngineException ex) {
			throw new DecisionException(
					(ex.reason() == EngineException.Reason.NOT_FOUND) ? "task.engineResuming" : "engine.unavailable");
		}
	}

	/**
	 * A case's status changes only while no person is deciding it: a task still open then
	 * was interrupted in the engine (a cancellation or upgrade message), so it leaves the
	 * inbox.
	 */
	@EventListener
	void withdrawInterrupted(CaseStatusChanged change) {
		for (HumanTask task : this.tasks.findByCaseIdAndStatus(change.caseId(), HumanTask.Status.OPEN)) {
			task.withdraw();
			this.cases.record(change.caseId(), Cases.SYSTEM, task.getElementId(), "TASK_WITHDRAWN", null, null,
					"withdrawn/" + task.getId());
		}
	}

	private HumanTask open(HumanTask task) {
		if (task.getStatus() == HumanTask.Status.WITHDRAWN) {
			throw new DecisionException("task.withdrawn");
		}
		if (task.getStatus() != HumanTask.Status.OPEN) {
			throw new DecisionException("task.alreadyDecided", task.getCompletedBy());
		}
		return task;
	}

	private void flush(HumanTask task) {
		try {
			this.tasks.saveAndFlush(task);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new DecisionException("task.changedMeanwhile");
		}
	}

}
