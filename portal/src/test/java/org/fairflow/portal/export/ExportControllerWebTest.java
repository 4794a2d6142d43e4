package org.fairflow.portal.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A background export's pages: progress as HTML and JSON, the file for its requester
 * only; anyone else, an unknown id and an unknown format get a clear answer, never an
 * error page.
 */
@PortalTest
@AutoConfigureMockMvc
class ExportControllerWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Exports exports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MessageSource messages;

	WebPages pages;

	Fixtures.Tree tree;

	PortalUser owner;

	@BeforeEach
	void aReviewerWhoExports() {
		this.pages = new WebPages(this.mvc);
		this.tree = this.fixtures.tree();
		this.owner = this.fixtures.user(this.tree.delegationReviewer());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theRequesterFollowsTheProgressAndDownloadsTheFile() throws Exception {
		ExportJob job = startedAs(this.owner, ExportFormat.CSV);
		await().atMost(Duration.ofSeconds(30)).until(() -> job.state() == ExportJob.State.DONE);

		MvcResult status = this.pages.perform(get("/exports/{id}/status", job.id()).with(user(this.owner)));
		assertThat(status.getResponse().getContentType()).startsWith("application/json");
		assertThat(status.getResponse().getContentAsString()).contains("\"state\":\"DONE\"")
			.contains("\"written\":3")
			.contains("\"total\":3")
			.contains("\"percent\":100");

		String page = this.pages.page(get("/exports/{id}", job.id()).with(user(this.owner)));
		assertThat(page).contains("id=\"export-title\">Test list &lt;3&gt;<")
			.contains("data-status-url=\"/exports/" + job.id() + "/status\"")
			.contains("/js/export-progress.js")
			.contains("id=\"export-download\"")
			.doesNotContain("id=\"export-refresh\"");

		MvcResult file = this.pages.perform(get("/exports/{id}/file", job.id()).with(user(this.owner)));
		assertThat(file.getResponse().getStatus()).isEqualTo(200);
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename=\"test-list.csv\"")
			.contains("filename*=UTF-8''test-list.csv");
		String csv = file.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"n\",\"name\"\r\n").contains("\"'=1+2\"");
	}

	@Test
	void anotherUserAndAnUnknownIdAreNotFound() throws Exception {
		ExportJob job = startedAs(this.owner, ExportFormat.XLSX);
		await().atMost(Duration.ofSeconds(30)).until(() -> job.state() != ExportJob.State.RUNNING);
		PortalUser stranger = this.fixtures.user(this.tree.subReviewer());

		for (String path : List.of("/exports/{id}", "/exports/{id}/status", "/exports/{id}/file")) {
			assertThat(this.pages.status(get(path, job.id()).with(user(stranger)))).isEqualTo(404);
			assertThat(this.pages.status(get(path, UUID.randomUUID().toString()).with(user(this.owner))))
				.isEqualTo(404);
			assertThat(this.pages.status(get(path, "abc").with(user(this.owner)))).isEqualTo(404);
		}
		assertThat(this.pages.status(get("/exports/{id}/file", job.id()).with(user(this.owner)))).isEqualTo(200);
	}

	@Test
	void anUnknownFormatIsRefusedWithAMessage() throws Exception {
		MvcResult result = this.pages
			.perform(get("/badge/overview/export").param("format", "pdf").with(user(this.owner)));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		String expected = HtmlUtils
			.htmlEscape(this.messages.getMessage("export.format.unknown", null, Locale.SIMPLIFIED_CHINESE));
		assertThat(result.getResponse().getContentAsString()).contains(expected).doesNotContain("java.lang");
		assertThat(this.pages.status(get("/badge/overview/export").with(user(this.owner)))).isEqualTo(400);
	}

	private ExportJob startedAs(PortalUser user, ExportFormat format) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return this.exports.start(new ThreeRows(), format);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static final class ThreeRows implements ExportTable {

		@Override
		public String fileName() {
			return "test-list";
		}

		@Override
		public String description() {
			return "Test list <3>";
		}

		@Override
		public List<String> headers() {
			return List.of("n", "name");
		}

		@Override
		public long rowCount() {
			return 3;
		}

		@Override
		public void rows(Consumer<List<?>> sink) {
			sink.accept(List.of(1, "一"));
			sink.accept(List.of(2, "=1+2"));
			sink.accept(List.of(3, "three"));
		}

	}

}
