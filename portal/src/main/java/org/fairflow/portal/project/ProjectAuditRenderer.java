package org.fairflow.portal.project;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.exhibit.ExhibitAuditRenderer;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.tasks.DecisionException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project in its audit task: the pending revision with its images, zone and demand.
 */
@Component
class ProjectAuditRenderer implements ExhibitAuditRenderer {

	private final ProjectRepository projects;

	private final ProjectRevisions revisions;

	ProjectAuditRenderer(ProjectRepository projects, ProjectRevisions revisions) {
		this.projects = projects;
		this.revisions = revisions;
	}

	@Override
	public ItemKind kind() {
		return ItemKind.PROJECT;
	}

	@Override
	public String template() {
		return "project/audit";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Pending> pending(long itemId, Locale locale) {
		return this.projects.findById(itemId)
			.flatMap((project) -> this.revisions.content(project.getPendingRevisionId())
				.map((content) -> new Pending(content.revisionId(),
						Map.of("project", content, "projectNumber", project.getNumber()))));
	}

	@Override
	@Transactional
	public void startDecision(long itemId, long revisionId) {
		Project project = this.projects.lockById(itemId)
			.orElseThrow(() -> new DecisionException("exhibit.audit.unknown"));
		if (project.getStatus() != ItemStatus.AWAITING_AUDIT
				|| !Long.valueOf(revisionId).equals(project.getPendingRevisionId())) {
			throw new DecisionException("exhibit.audit.changed");
		}
		project.underAudit();
	}

}
