package org.fairflow.portal.progress;

import org.fairflow.portal.cases.CaseRecord;
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
 * Where an application stands: every step with time, actor, decision and comment, the
 * step it waits at, and every SMS and e-mail sent with its delivery status.
 */
@Controller
class ProgressController {

	private final Cases cases;

	private final HumanTasks tasks;

	private final Notifications notifications;

	private final Organisations organisations;

	private final Incidents incidents;

	ProgressController(Cases cases, HumanTasks tasks, Notifications notifications, Organisations organisations,
			Incidents incidents) {
		this.cases = cases;
		this.tasks = tasks;
		this.notifications = notifications;
		this.organisations = organisations;
		this.incidents = incidents;
	}

	@GetMapping("/progress")
	String mine(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("cases",
				user.groups().stream().flatMap((group) -> this.cases.forApplicant(group).stream()).toList());
		return "progress/list";
	}

	@GetMapping("/progress/{caseId}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String caseId, Model model) {
		CaseRecord record = this.cases.find(caseId)
			.filter((c) -> maySee(c, user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("caseRecord", record);
		model.addAttribute("flow", record.getFlow());
		model.addAttribute("history", this.cases.history(caseId));
		model.addAttribute("openTasks",
				this.tasks.forCase(caseId).stream().filter((t) -> t.getStatus() == HumanTask.Status.OPEN).toList());
		model.addAttribute("waitingStep", this.cases.waitingStepName(record).orElse(null));
		model.addAttribute("messages", this.notifications.forCase(caseId));
		if (user.role() == Role.PROCESS_OWNER) {
			model.addAttribute("incidents", this.incidents.forCase(caseId));
		}
		return "progress/case";
	}

	/** The applicant, reviewers of its scope, and the process owner (incidents). */
	private boolean maySee(CaseRecord record, PortalUser user) {
		if (user.role() == Role.PROCESS_OWNER) {
			return true;
		}
		if (user.groups().contains(record.getApplicantGroup())) {
			return true;
		}
		return user.role().reviews()
				&& this.organisations.subtree(user.organisationId()).contains(record.getScopeOrgId());
	}

}
