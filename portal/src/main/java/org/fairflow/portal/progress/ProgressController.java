package org.fairflow.portal.progress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.CaseStep;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.incidents.Incidents;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.workers.notification.Notifications;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where an application stands: first its state (the step bar, what the applicant must do
 * now, the latest decision and comment), then every step with time, actor, decision and
 * comment, and every SMS and e-mail sent with its delivery status, grouped per step.
 */
@Controller
class ProgressController {

	private final Cases cases;

	private final HumanTasks tasks;

	private final Notifications notifications;

	private final Organisations organisations;

	private final Incidents incidents;

	private final StepBars stepBars;

	private final ApplicantActions actions;

	private final MessageGroups messageGroups;

	ProgressController(Cases cases, HumanTasks tasks, Notifications notifications, Organisations organisations,
			Incidents incidents, StepBars stepBars, ApplicantActions actions, MessageGroups messageGroups) {
		this.cases = cases;
		this.tasks = tasks;
		this.notifications = notifications;
		this.organisations = organisations;
		this.incidents = incidents;
		this.stepBars = stepBars;
		this.actions = actions;
		this.messageGroups = messageGroups;
	}

	@GetMapping("/progress")
	String mine(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("cases",
				user.groups().stream().flatMap((group) -> this.cases.forApplicant(group).stream()).toList());
		return "progress/list";
	}

	@GetMapping("/progress/{caseId}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String caseId, Locale locale, Model model) {
		CaseRecord record = this.cases.find(caseId)
			.filter((c) -> maySee(c, user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<CaseEvent> history = this.cases.history(caseId);
		List<CaseStep> trail = this.cases.steps(caseId);
		List<HumanTask> openTasks = this.tasks.forCase(caseId)
			.stream()
			.filter((t) -> t.getStatus() == HumanTask.Status.OPEN)
			.toList();
		Set<String> openElements = openTasks.stream()
			.map(HumanTask::getElementId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		model.addAttribute("caseRecord", record);
		model.addAttribute("flow", record.getFlow());
		model.addAttribute("history", history);
		model.addAttribute("openTasks", openTasks);
		model.addAttribute("stepBar", this.stepBars.of(record, trail, openElements, locale));
		model.addAttribute("action", this.actions.of(record, openTasks, user, locale).orElse(null));
		model.addAttribute("latestDecision",
				history.reversed().stream().filter((e) -> e.getDecision() != null).findFirst().orElse(null));
		model.addAttribute("messageGroups",
				this.messageGroups.of(record, trail, this.notifications.forCase(caseId), locale));
		if (user.role() == Role.PROCESS_OWNER) {
			model.addAttribute("incidents", this.incidents.forCase(caseId));
		}
		return "progress/case";
	}

	/** The applicant, reviewers of its scope, and the process owner (incidents). */
	private static final java.util.Set<String> MONEY_FLOWS = java.util.Set.of("bank-transfer-review", "invoice-request",
			"refund");

	private boolean maySee(CaseRecord record, PortalUser user) {
		if (user.role() == Role.PROCESS_OWNER) {
			return true;
		}
		if (user.groups().contains(record.getApplicantGroup())) {
			return true;
		}
		if (user.role() == Role.FINANCE) {
			// Finance follows the money of every unit, and nothing else.
			return MONEY_FLOWS.contains(record.getFlow());
		}
		return user.role().reviews()
				&& this.organisations.subtree(user.organisationId()).contains(record.getScopeOrgId());
	}

}
