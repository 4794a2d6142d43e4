package org.fairflow.portal.project;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.export.ExportedFile;
import org.fairflow.portal.product.ProductCategory;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The project lists' exports with the project's own columns (industry, zone; never the
 * contact's phone): the exhibitor's own projects with the list's filters, the organiser's
 * listed ones with the search. The shared rules are ProductExportTest's. Items are made
 * listed in the database: the audit itself is ProjectLifecycleTest's.
 */
@PortalTest
@AutoConfigureMockMvc
class ProjectExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectEditing editing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	ExhibitTestData.ExhibitorUnit ex;

	ExhibitTestData.ExhibitorUnit other;

	String token;

	@BeforeEach
	void exhibitors() {
		this.ex = ExhibitTestData.exhibitor(this.context);
		this.other = ExhibitTestData.exhibitor(this.context);
		this.token = "PRJ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void theExhibitorExportsItsOwnProjectsWithTheListsFilters() throws Exception {
		Project draft = project(this.ex, this.token + "-draft");
		Project live = listed(project(this.ex, this.token + "-live"));
		Project theirs = project(this.other, this.token + "-theirs");

		assertThat(page(get("/exhibitor/projects?status=DRAFT&q=" + this.token), this.ex.liaison()))
			.contains("href=\"/exhibitor/projects/export?q=" + this.token + "&amp;status=DRAFT&amp;format=csv\"");
		List<List<String>> all = ExportedFile
			.csv(export("/exhibitor/projects/export?lang=en", "csv", this.ex.liaison()));
		assertThat(all.get(0)).containsExactly("Number", "Project name", "Industry", "Exhibition zone", "Created",
				"Audit status", "Listing");
		assertThat(numbers(all)).containsExactly(live.getNumber(), draft.getNumber());
		assertThat(all.get(2))
			.startsWith(draft.getNumber(), this.token + "-draft",
					ProductCategory.TRANSPORT_LOGISTICS.label(Locale.ENGLISH),
					ExhibitionZone.TWELVE_FIELDS.label(Locale.ENGLISH))
			.endsWith("Draft", "Not listed");
		assertThat(String.join(",", all.get(2))).doesNotContain("87654321");

		assertThat(numbers(ExportedFile
			.csv(export("/exhibitor/projects/export?status=DRAFT&q=" + this.token, "csv", this.ex.liaison()))))
			.containsExactly(draft.getNumber());
		assertThat(numbers(ExportedFile.csv(export("/exhibitor/projects/export", "csv", this.other.liaison()))))
			.containsExactly(theirs.getNumber());
		List<List<String>> xlsx = ExportedFile
			.xlsx(export("/exhibitor/projects/export?lang=en", "xlsx", this.ex.liaison()));
		assertThat(xlsx.get(0)).isEqualTo(all.get(0));
		assertThat(numbers(xlsx)).isEqualTo(numbers(all));
	}

	@Test
	void theOrganiserExportsTheListedProjectsTheSearchFinds() throws Exception {
		Project mine = listed(project(this.ex, this.token + "-a"));
		Project theirs = listed(project(this.other, this.token + "-b"));
		project(this.ex, this.token + "-c-draft");
		PortalUser organiser = this.fixtures.organiserReviewer(this.ex.tree());

		assertThat(page(get("/exhibits/listed/projects?q=" + this.token), organiser))
			.contains("href=\"/exhibits/listed/projects/export?q=" + this.token + "&amp;format=xlsx\"");
		List<List<String>> csv = ExportedFile
			.csv(export("/exhibits/listed/projects/export?lang=en&q=" + this.token, "csv", organiser));
		assertThat(csv.get(0)).containsExactly("Number", "Project name", "Exhibitor", "Industry", "Exhibition zone");
		assertThat(numbers(csv)).containsExactly(mine.getNumber(), theirs.getNumber());
		assertThat(csv.get(1)).endsWith(ProductCategory.TRANSPORT_LOGISTICS.label(Locale.ENGLISH),
				ExhibitionZone.TWELVE_FIELDS.label(Locale.ENGLISH));
		List<List<String>> xlsx = ExportedFile
			.xlsx(export("/exhibits/listed/projects/export?q=" + this.token, "xlsx", organiser));
		assertThat(xlsx).hasSameSizeAs(csv);
		assertThat(numbers(xlsx)).isEqualTo(numbers(csv));

		assertThat(status(get("/exhibits/listed/projects/export?format=csv"), this.ex.liaison())).isEqualTo(403);
		assertThat(status(get("/exhibits/listed/projects/export?format=csv"), this.ex.reviewer())).isEqualTo(403);
	}

	private Project project(ExhibitTestData.ExhibitorUnit who, String name) {
		ProjectForm form = ProjectTestData.form();
		form.setName(name);
		return this.editing.save(who.exhibitor(), null, form, ProjectTestData.images(1), false, "liaison");
	}

	/** Approved and listed as the audit and the exhibitor would leave it. */
	private Project listed(Project project) {
		this.jdbc.update("update project set status = 'APPROVED', live_revision_id = pending_revision_id,"
				+ " pending_revision_id = null, listed = true where id = ?", project.getId());
		return project;
	}

	private static List<String> numbers(List<List<String>> rows) {
		return rows.stream().skip(1).map((row) -> row.get(0)).toList();
	}

	private byte[] export(String path, String format, PortalUser who) throws Exception {
		MvcResult result = this.mvc.perform(get(path).param("format", format).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private String page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

}
