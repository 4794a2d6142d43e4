package org.fairflow.portal.project;

import org.fairflow.portal.exhibit.ImageUse;
import org.fairflow.portal.exhibit.ItemEditing;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemServices;

import org.springframework.stereotype.Service;

/** A project's lifecycle as {@link ItemEditing} keeps it; numbers start with PJ. */
@Service
class ProjectEditing extends ItemEditing<Project, ProjectContent, ProjectForm, ProjectForm.Checked> {

	ProjectEditing(ProjectRepository projects, ProjectRevisions revisions, ItemServices services) {
		super(ItemKind.PROJECT, "PJ", ImageUse.PROJECT_IMAGE, ProjectForm.MAX_IMAGES, projects, revisions, services);
	}

	@Override
	protected Project newItem(Long exhibitorId, String number) {
		return new Project(exhibitorId, number);
	}

	@Override
	protected ProjectForm formOf(ProjectContent content) {
		return ProjectForm.of(content);
	}

	@Override
	protected RuntimeException notFound() {
		return new ProjectNotFoundException();
	}

}
