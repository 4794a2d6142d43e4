package org.fairflow.portal.project;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.fairflow.portal.exhibit.ExhibitTestData;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The project pages over HTTP: bad input next to its field with nothing stored; another
 * exhibitor's project is 404; the pages render; only the organiser forces a project off.
 */
@PortalTest
@AutoConfigureMockMvc
class ProjectWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectRepository projects;

	@Autowired
	ProjectEditing editing;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	ExhibitTestData.ExhibitorUnit ex;

	@BeforeEach
	void exhibitor() {
		this.ex = ExhibitTestData.exhibitor(this.context);
	}

	@Test
	void eachBadInputIsToldNextToItsFieldAndNothingIsStored() throws Exception {
		Map<String, Consumer<MockMultipartHttpServletRequestBuilder>> cases = new LinkedHashMap<>();
		cases.put("images-error:项目图片最多 5 张", (r) -> {
			for (int i = 0; i < 5; i++) {
				r.file(new MockMultipartFile("images", "i" + i + ".png", "image/png", Fixtures.image("png", 20, 20)));
			}
		});
		cases.put("images-error:按文件内容判断", (r) -> r.file(new MockMultipartFile("images", "photo.png", "image/png",
				"GIF89 but not really".getBytes(StandardCharsets.UTF_8))));
		cases.put("images-error:图片不能超过 5 MB", (r) -> {
			byte[] big = new byte[5 * 1024 * 1024 + 10];
			System.arraycopy(Fixtures.image("png", 20, 20), 0, big, 0, 20);
			r.file(new MockMultipartFile("images", "big.png", "image/png", big));
		});
		cases.put("zone-error:请选择所属专区", (r) -> r.param("zone", ""));
		cases.put("demand-error:请选择贸易需求", (r) -> r.param("demand", "SOMETHING"));
		cases.put("summary-error:不能超过 1000 个字", (r) -> r.param("summary", "简".repeat(1001)));
		cases.put("contactPhone-error:有效的电话号码", (r) -> r.param("contactPhone", "call me"));
		cases.put("contactName-error:请填写联系人", (r) -> r.param("contactName", " "));

		for (var entry : cases.entrySet()) {
			String[] expected = entry.getKey().split(":", 2);
			MvcResult result = this.mvc.perform(form(entry.getValue()).with(user(this.ex.liaison())).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(entry.getKey()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(entry.getKey())
				.contains("id=\"" + expected[0] + "\"")
				.contains(expected[1]);
		}
		assertThat(count("select count(*) from project where exhibitor_id = ?")).isZero();
		assertThat(count("select count(*) from exhibit_media where exhibitor_id = ?")).isZero();
	}

	@Test
	void theOwnerSeesItsProjectAnotherExhibitorGets404() throws Exception {
		assertThat(page(get("/exhibitor/projects"), this.ex.liaison())).contains("id=\"project-empty\"");
		MvcResult saved = this.mvc
			.perform(form((r) -> r.param("name", "网页项目").param("action", "draft")).with(user(this.ex.liaison()))
				.with(csrf()))
			.andReturn();
		Project project = this.projects.findAll()
			.stream()
			.filter((p) -> p.getExhibitorId().equals(this.ex.exhibitor().getId()))
			.findFirst()
			.orElseThrow();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/exhibitor/projects/" + project.getId());
		assertThat(project.getNumber()).startsWith("PJ");
		assertThat(page(get("/exhibitor/projects"), this.ex.liaison())).contains("网页项目")
			.contains("data-status=\"DRAFT\"");
		assertThat(page(get("/exhibitor/projects/" + project.getId()), this.ex.liaison()))
			.contains("id=\"project-submit\"");
		assertThat(page(get("/exhibitor/projects/" + project.getId() + "/edit"), this.ex.liaison())).contains("网页项目");

		ExhibitTestData.ExhibitorUnit other = ExhibitTestData.exhibitor(this.context);
		assertThat(status(get("/exhibitor/projects/" + project.getId()), other.liaison())).isEqualTo(404);
		assertThat(status(post("/exhibitor/projects/" + project.getId() + "/submit").with(csrf()), other.liaison()))
			.isEqualTo(404);
		assertThat(this.projects.findById(project.getId()).orElseThrow().getCaseId()).isNull();
	}

	@Test
	void onlyTheOrganiserForcesAProjectOff() throws Exception {
		Project project = this.editing.save(this.ex.exhibitor(), null, ProjectTestData.form(),
				ProjectTestData.images(1), true, "liaison");
		HumanTask task = this.fixtures.awaitOpenTask(project.getCaseId(), "Task_Audit");
		assertThat(page(get("/tasks/" + task.getId()), this.ex.reviewer())).contains(project.getNumber())
			.contains("name=\"revisionId\"");
		this.tasks.decide(task.getId(), this.ex.reviewer(), "approve", null,
				Map.of("revisionId", String.valueOf(project.getPendingRevisionId())));
		this.fixtures.awaitStatus(project.getCaseId(), "APPROVED");
		this.mvc.perform(
				post("/exhibitor/projects/" + project.getId() + "/list").with(user(this.ex.liaison())).with(csrf()));
		assertThat(this.projects.findById(project.getId()).orElseThrow().isListed()).isTrue();
		PortalUser organiser = this.fixtures.organiserReviewer(this.ex.tree());
		String unlist = "/exhibits/listed/projects/" + project.getId() + "/unlist";

		assertThat(status(post(unlist).param("reason", "违规").with(csrf()), this.ex.reviewer())).isEqualTo(403);
		assertThat(status(post(unlist).param("reason", "违规").with(csrf()), this.ex.liaison())).isEqualTo(403);
		assertThat(page(get("/exhibits/listed/projects?q=" + project.getNumber()), organiser))
			.contains(project.getNumber());
		this.mvc.perform(post(unlist).param("reason", "项目信息不实").with(user(organiser)).with(csrf()));
		assertThat(this.projects.findById(project.getId()).orElseThrow().isListed()).isFalse();
		assertThat(page(get("/exhibitor/projects/" + project.getId()), this.ex.liaison()))
			.contains("id=\"project-forced\"")
			.contains("项目信息不实");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.ex.exhibitor().getId());
	}

	private String page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

	/** The valid form with one image, changed by {@code change}. */
	private MockMultipartHttpServletRequestBuilder form(Consumer<MockMultipartHttpServletRequestBuilder> change) {
		ProjectForm valid = ProjectTestData.form();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("action", "submit");
		fields.put("name", valid.getName());
		fields.put("zone", valid.getZone());
		fields.put("industry", valid.getIndustry());
		fields.put("summary", valid.getSummary());
		fields.put("demand", valid.getDemand());
		fields.put("contactName", valid.getContactName());
		fields.put("contactPhone", valid.getContactPhone());
		MockMultipartHttpServletRequestBuilder probe = multipart("/");
		change.accept(probe);
		List<String> overridden = probe.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getParameterMap()
			.keySet()
			.stream()
			.toList();
		MockMultipartHttpServletRequestBuilder request = multipart("/exhibitor/projects/new");
		fields.forEach((name, value) -> {
			if (!overridden.contains(name)) {
				request.param(name, value);
			}
		});
		request.file(new MockMultipartFile("images", "project.png", "image/png", Fixtures.image("png", 30, 30)));
		change.accept(request);
		return request;
	}

}
