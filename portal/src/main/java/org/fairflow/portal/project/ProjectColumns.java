package org.fairflow.portal.project;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fairflow.portal.exhibit.ItemColumns;

import org.springframework.stereotype.Component;

/**
 * A project's columns in the exports of the project lists: industry and exhibition zone.
 * The contact's phone stays out: no list shows it.
 */
@Component
class ProjectColumns implements ItemColumns<ProjectContent> {

	@Override
	public List<String> headerKeys() {
		return List.of("project.industry", "project.zone");
	}

	@Override
	public List<?> cells(ProjectContent content, Locale locale) {
		return Arrays.asList(content.industry().label(locale),
				(content.zone() != null) ? content.zone().label(locale) : null);
	}

}
