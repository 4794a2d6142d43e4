package org.fairflow.portal.diagram;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's diagram as JSON for the page script ({@code /js/diagram.js}): for the progress
 * page under its rule (the applicant's unit, a reviewer whose organisations hold the
 * case; also the process owner, who looks after every case), for the task page under the
 * task's. Anything else is "not found", so case ids reveal nothing.
 */
@RestController
class DiagramController {

	private final CaseDiagrams diagrams;

	private final Cases cases;

	private final HumanTasks tasks;

	private final Organisations organisations;

	DiagramController(CaseDiagrams diagrams, Cases cases, HumanTasks tasks, Organisations organisations) {
		this.diagrams = diagrams;
		this.cases = cases;
		this.tasks = tasks;
		this.organisations = organisations;
	}

	@GetMapping("/progress/{caseId}/diagram")
	CaseDiagram forProgress(@AuthenticationPrincipal PortalUser user, @PathVariable String caseId) {
		return this.cases.find(caseId)
			.filter((record) -> maySee(record, user))
			.flatMap(this.diagrams::of)
			.orElseThrow(DiagramController::notFound);
	}

	@GetMapping("/tasks/{taskId}/diagram")
	CaseDiagram forTask(@AuthenticationPrincipal PortalUser user, @PathVariable long taskId) {
		HumanTask task = this.tasks.visible(taskId, user);
		return this.cases.find(task.getCaseId()).flatMap(this.diagrams::of).orElseThrow(DiagramController::notFound);
	}

	/** The progress page's rule, and the process owner. */
	private boolean maySee(CaseRecord record, PortalUser user) {
		if (user.role() == Role.PROCESS_OWNER || user.groups().contains(record.getApplicantGroup())) {
			return true;
		}
		return user.role().reviews()
				&& this.organisations.subtree(user.organisationId()).contains(record.getScopeOrgId());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
