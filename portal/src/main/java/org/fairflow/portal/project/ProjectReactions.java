package org.fairflow.portal.project;

import org.fairflow.portal.exhibit.ExhibitAuditChanged;
import org.fairflow.portal.exhibit.ItemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a project with its audit case, inside the status step's transaction: approval
 * makes the audited revision live (listable, a forced unlisting lifted), a rejection
 * keeps the opinion, a withdrawal makes a draft. A status of an earlier case changes
 * nothing.
 */
@Component
class ProjectReactions {

	private static final Logger log = LoggerFactory.getLogger(ProjectReactions.class);

	private final ProjectRepository projects;

	ProjectReactions(ProjectRepository projects) {
		this.projects = projects;
	}

	@EventListener
	void auditChanged(ExhibitAuditChanged event) {
		if (event.kind() != ItemKind.PROJECT) {
			return;
		}
		this.projects.lockById(event.itemId())
			.filter((p) -> event.caseId().equals(p.getCaseId()))
			.ifPresent((project) -> {
				switch (event.status()) {
					case "APPROVED" -> project.approved(event.revisionId());
					case "REJECTED" -> project.rejected(event.comment());
					case "WITHDRAWN" -> project.withdrawn();
					default -> {
						return;
					}
				}
				log.info("Project {} is now {} (revision {}, case {})", project.getId(), project.getStatus(),
						event.revisionId(), event.caseId());
			});
	}

}
