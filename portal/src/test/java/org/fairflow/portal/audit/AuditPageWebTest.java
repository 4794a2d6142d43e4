package org.fairflow.portal.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.fairflow.portal.export.ExportJob;
import org.fairflow.portal.export.ExportedFile;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.web.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The organiser's log page: newest first, 50 a page, each filter narrows the list, a
 * filter that does not read is a message, and the export holds what the page shows.
 */
@PortalTest
@AutoConfigureMockMvc
class AuditPageWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Autowired
	Exports exports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Formats formats;

	PortalUser organiser;

	String actor;

	@BeforeEach
	void organiserAndEntries() {
		this.organiser = this.fixtures.organiserReviewer(this.fixtures.tree());
		this.actor = "auditee-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theLogShowsFiftyEntriesAPageNewestFirst() throws Exception {
		for (int i = 1; i <= 51; i++) {
			this.audit.record(AuditCategory.ADMINISTRATION, "test.numbered", this.actor, "192.0.2.9", "n:" + i,
					"entry " + i);
		}

		String first = page(get("/admin/audit").param("actor", this.actor).with(user(this.organiser)));
		String second = page(
				get("/admin/audit").param("actor", this.actor).param("page", "1").with(user(this.organiser)));

		assertThat(rows(first)).isEqualTo(50);
		assertThat(first.indexOf(">n:51<")).isPositive().isLessThan(first.indexOf(">n:50<"));
		assertThat(first).doesNotContain(">n:1<").contains("id=\"pagination\"");
		assertThat(rows(second)).isEqualTo(1);
		assertThat(second).contains(">n:1<");
	}

	@Test
	void eachFilterNarrowsTheList() throws Exception {
		this.audit.record(AuditCategory.LOGIN, "login.failed", this.actor, "198.18.0.1", "user:" + this.actor,
				"reason=bad-credentials");
		this.audit.record(AuditCategory.EXPORT, "export.csv", this.actor + "-b", "198.18.7.7", "list-x",
				"Guest list (3)");

		assertThat(subjects("actor", this.actor)).containsExactlyInAnyOrder("user:" + this.actor, "list-x");
		assertThat(subjects("actor", this.actor, "category", "EXPORT")).containsExactly("list-x");
		assertThat(subjects("actor", this.actor, "q", "GUEST LIST")).containsExactly("list-x");
		assertThat(subjects("actor", this.actor, "address", "198.18.0.")).containsExactly("user:" + this.actor);
		assertThat(subjects("actor", this.actor + "-b")).containsExactly("list-x");
		LocalDate today = LocalDate.now(this.formats.zone());
		assertThat(subjects("actor", this.actor, "from", today.minusDays(1).toString(), "to",
				today.plusDays(1).toString()))
			.hasSize(2);
		assertThat(subjects("actor", this.actor, "from", today.plusDays(2).toString())).isEmpty();
		assertThat(subjects("actor", this.actor, "to", today.minusDays(2).toString())).isEmpty();
	}

	@Test
	void aFilterMatchingNothingShowsTheEmptyStateInBothLanguages() throws Exception {
		assertThat(page(get("/admin/audit").param("actor", this.actor).with(user(this.organiser))))
			.contains("id=\"audit-empty\"")
			.contains("没有符合条件的日志记录");
		assertThat(page(get("/admin/audit").param("actor", this.actor).param("lang", "en").with(user(this.organiser))))
			.contains("No log entries match.");
	}

	@Test
	void filtersThatDoNotReadGiveAMessageNotAnErrorPage() throws Exception {
		String page = page(get("/admin/audit").param("from", "2026-13-45")
			.param("to", "yesterday")
			.param("category", "NOPE")
			.param("page", "abc")
			.with(user(this.organiser)));

		assertThat(page).contains("id=\"audit-filter-problems\"")
			.contains("起始日期无法识别")
			.contains("截止日期无法识别")
			.contains("类别无效")
			.doesNotContain("id=\"audit-entries\"");
		assertThat(page(get("/admin/audit").param("from", "2026-12-05")
			.param("to", "2026-12-01")
			.param("lang", "en")
			.with(user(this.organiser)))).contains("The start date is after the end date.");
	}

	@Test
	void onlyTheOrganiserSeesTheLog() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.fixtures.tree().delegationReviewer());

		assertThat(status(get("/admin/audit").with(user(reviewer)))).isEqualTo(403);
		assertThat(status(get("/admin/audit/export").param("format", "csv").with(user(reviewer)))).isEqualTo(403);
		assertThat(status(get("/admin/audit").with(user(this.organiser)))).isEqualTo(200);
	}

	@Test
	void anExportOfTheExportsHoldsThoseBeforeItNotItself() throws Exception {
		PortalUser exporter = this.fixtures.organiserReviewer(this.fixtures.tree());
		this.audit.record(AuditCategory.EXPORT, "export.written", exporter.getUsername(), "192.0.2.4", "earlier",
				"an earlier export");

		String id = this.mvc
			.perform(get("/admin/audit/export").param("format", "csv")
				.param("actor", exporter.getUsername())
				.param("category", "EXPORT")
				.with(user(exporter)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.substring("/exports/".length());

		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(exporter, null, exporter.getAuthorities()));
		Path file = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.pollInSameThread()
			.until(() -> this.exports.file(id).orElse(null), (f) -> f != null);
		List<List<String>> rows = ExportedFile.csv(Files.readAllBytes(file));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).contains("earlier");
		assertThat(this.exports.job(id).orElseThrow().total()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where actor = ? and category = 'EXPORT'",
				Integer.class, exporter.getUsername()))
			.as("its own entry is in the log, just not in the file")
			.isEqualTo(2);
	}

	@Test
	void theExportHoldsTheFilteredEntriesAndIsItselfRecorded() throws Exception {
		this.audit.record(AuditCategory.MODEL, "model.published", this.actor, "192.0.2.3", "model:a.bpmn",
				"=HYPERLINK(\"x\") v2");
		this.audit.record(AuditCategory.LOGIN, "login.failed", this.actor, "192.0.2.3", "user:x", "reason=locked");

		MvcResult started = this.mvc
			.perform(get("/admin/audit/export").param("format", "csv")
				.param("actor", this.actor)
				.param("category", "MODEL")
				.with(user(this.organiser)))
			.andReturn();

		String redirect = started.getResponse().getRedirectedUrl();
		assertThat(redirect).startsWith("/exports/");
		String id = redirect.substring("/exports/".length());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.organiser, null,
					this.organiser.getAuthorities()));
		Path file = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.pollInSameThread()
			.until(() -> this.exports.file(id).orElse(null), (f) -> f != null);
		String csv = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(csv)
			.contains("\"操作人\"", "\"" + this.actor + "\"", "\"model:a.bpmn\"", "\"'=HYPERLINK(\"\"x\"\") v2\"")
			.doesNotContain("user:x");
		List<List<String>> rows = ExportedFile.csv(Files.readAllBytes(file));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).as("category in the reader's language, time to the second")
			.contains("模型变更", "model.published")
			.anySatisfy((cell) -> assertThat(cell).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
		ExportJob job = this.exports.job(id).orElseThrow();
		assertThat(job.written()).isEqualTo(job.total()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select detail from audit_entry where actor = ? and category = 'EXPORT'",
				String.class, this.organiser.getUsername()))
			.singleElement()
			.asString()
			.contains("actor=" + this.actor, "(1)");
	}

	@Test
	void anUnknownExportFormatGoesBackToThePageWithAMessage() throws Exception {
		MvcResult result = this.mvc.perform(
				get("/admin/audit/export").param("format", "pdf").param("actor", this.actor).with(user(this.organiser)))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/audit?actor=" + this.actor);
		assertThat(result.getFlashMap().get("exportProblem")).isEqualTo("audit.export.badFormat");
	}

	private List<String> subjects(String... parameters) throws Exception {
		var request = get("/admin/audit").with(user(this.organiser));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		String page = page(request);
		return Pattern.compile("audit-subject\"[^>]*>([^<]*)<").matcher(page).results().map((m) -> m.group(1)).toList();
	}

	private static int rows(String page) {
		return page.split("class=\"audit-entry\"", -1).length - 1;
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
