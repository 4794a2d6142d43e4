package org.fairflow.portal.project;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes a revision with its images, and reads one back as content. */
@Component
class ProjectRevisions {

	private final ProjectRevisionRepository revisions;

	private final JdbcTemplate jdbc;

	ProjectRevisions(ProjectRevisionRepository revisions, JdbcTemplate jdbc) {
		this.revisions = revisions;
		this.jdbc = jdbc;
	}

	ProjectRevision write(Long projectId, ProjectForm.Checked checked, List<Long> imageIds, String actor) {
		ProjectRevision revision = this.revisions.saveAndFlush(new ProjectRevision(projectId, checked, actor));
		int position = 0;
		for (Long id : imageIds) {
			this.jdbc.update("insert into project_revision_image (revision_id, position, media_id) values (?, ?, ?)",
					revision.getId(), position++, id);
		}
		return revision;
	}

	Optional<ProjectContent> content(Long revisionId) {
		return (revisionId == null) ? Optional.empty() : this.revisions.findById(revisionId).map(this::content);
	}

	ProjectContent content(ProjectRevision r) {
		List<Long> images = this.jdbc.queryForList(
				"select media_id from project_revision_image where revision_id = ? order by position", Long.class,
				r.getId());
		return new ProjectContent(r.getId(), r.getName(), r.getZone(), r.getIndustry(), r.getSummary(), r.getDemand(),
				r.getContactName(), r.getContactPhone(), images);
	}

}
