package org.fairflow.portal.project;

import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ListedItems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Listed projects for the public and the organiser, as {@link ListedItems} finds them:
 * {@code listedOf(exhibitorId, pageable)} and {@code listed(search, pageable)}.
 */
@Service
public class Projects extends ListedItems<ListedProject, ProjectContent> {

	Projects(ProjectRevisions revisions, JdbcTemplate jdbc) {
		super(ItemKind.PROJECT, revisions, jdbc);
	}

	@Override
	protected ListedProject listed(long projectId, String number, long exhibitorId, ProjectContent content) {
		return new ListedProject(projectId, number, exhibitorId, content);
	}

}
