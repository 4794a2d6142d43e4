package org.fairflow.portal.project;

import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.exhibit.ItemExports;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemPages;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.product.ProductCategory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The exhibitor's projects: the pages are {@link ItemPages}'; the form offers zones,
 * industries and trade demands.
 */
@Controller
@RequestMapping("/exhibitor/projects")
class ProjectController extends ItemPages<Project, ProjectContent, ProjectForm> {

	ProjectController(Exhibitors exhibitors, ProjectRepository projects, ProjectRevisions revisions,
			ProjectEditing editing, JdbcTemplate jdbc, ProjectColumns columns, ItemExports exports) {
		super(ItemKind.PROJECT, exhibitors, projects, revisions, editing, jdbc, columns, exports);
	}

	@Override
	protected ProjectForm form(ProjectContent content) {
		return (content != null) ? ProjectForm.of(content) : new ProjectForm();
	}

	@Override
	protected void formChoices(Model model) {
		model.addAttribute("zones", ExhibitionZone.values());
		model.addAttribute("industries", ProductCategory.values());
		model.addAttribute("demands", TradeDemand.values());
		model.addAttribute("maxImages", ProjectForm.MAX_IMAGES);
	}

}
