package org.fairflow.portal.project;

import java.util.List;

import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemRevisions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes a project's revision with its images, and reads one back as content. */
@Component
class ProjectRevisions extends ItemRevisions<ProjectRevision, ProjectContent, ProjectForm.Checked> {

	ProjectRevisions(ProjectRevisionRepository revisions, JdbcTemplate jdbc) {
		super(ItemKind.PROJECT, revisions, jdbc);
	}

	@Override
	protected ProjectRevision revision(Long projectId, ProjectForm.Checked checked, String actor) {
		return new ProjectRevision(projectId, checked, actor);
	}

	@Override
	protected ProjectContent content(ProjectRevision r, List<Long> images) {
		return new ProjectContent(r.getId(), r.getName(), r.getZone(), r.getIndustry(), r.getSummary(), r.getDemand(),
				r.getContactName(), r.getContactPhone(), images);
	}

}
