package org.fairflow.portal.progress;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The progress page leads with where the case stands (step bar, what the applicant must
 * do, the latest decision), speaks one language, groups its messages per step, and uses
 * the same status words as the list.
 */
@PortalTest
@AutoConfigureMockMvc
class ProgressStateWebTest {

	private static final Pattern STEP = Pattern.compile("data-state=\"(done|current|next)\" data-element=\"([^\"]+)\"");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final HumanTasks tasks;

	@Autowired
	ProgressStateWebTest(MockMvc mvc, Fixtures fixtures, HumanTasks tasks) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.tasks = tasks;
	}

	@Test
	void aCaseAtFirstReviewShowsTheStartDoneFirstReviewCurrentAndSecondReviewAndApprovalNext() throws Exception {
		Applicant applicant = applicantAtFirstReview();

		String html = page(get("/progress/{id}", applicant.caseId()), applicant);

		assertThat(steps(html)).containsExactly("done Start_UnitRegistered", "current Task_FirstReview",
				"next Task_SecondReview", "next End_Approved");
		assertThat(html).contains("aria-current=\"step\"").doesNotContain("id=\"applicant-action\"");
	}

	@Test
	void aReturnedCaseTellsTheApplicantWhatToDoWithTheCommentAndTheLinkToResubmit() throws Exception {
		Applicant applicant = applicantAtFirstReview();
		returnCase(applicant, "请补充营业执照清晰照片");

		String html = page(get("/progress/{id}", applicant.caseId()), applicant);

		assertThat(steps(html)).containsSubsequence("done Start_UnitRegistered", "done Task_FirstReview",
				"current Task_Resubmit", "next Task_FirstReview", "next End_Approved");
		String action = between(html, "id=\"applicant-action\"", "</section>");
		assertThat(action).contains("修改单位信息并重新提交")
			.contains("退回修改：请补充营业执照清晰照片")
			.contains("id=\"action-link\"")
			.contains("href=\"/unit\"");
	}

	@Test
	void stepNamesAreShownInTheReadersLanguageOnly() throws Exception {
		Applicant applicant = applicantAtFirstReview();
		returnCase(applicant, "请补充营业执照清晰照片");

		String zh = page(get("/progress/{id}", applicant.caseId()), applicant);
		String en = page(get("/progress/{id}", applicant.caseId()).param("lang", "en"), applicant);

		assertThat(texts(zh, "step-name")).contains("初审", "复审", "单位已通过")
			.noneMatch((name) -> name.matches(".*[A-Za-z].*"));
		assertThat(texts(zh, "history-step")).contains("初审").noneMatch((name) -> name.matches(".*[A-Za-z].*"));
		assertThat(texts(en, "step-name")).contains("First review", "Second review", "Unit approved")
			.noneMatch((name) -> HAN.matcher(name).find());
		assertThat(texts(en, "history-step")).contains("First review").noneMatch((name) -> HAN.matcher(name).find());
		assertThat(between(en, "id=\"history\"", "</table>")).contains("Return for changes").doesNotContain("退回修改");
		assertThat(between(zh, "id=\"history\"", "</table>")).contains("退回修改").doesNotContain("Return for changes");
	}

	@Test
	void messagesAreGroupedPerStepAndCollapsed() throws Exception {
		Applicant applicant = applicantAtFirstReview();
		returnCase(applicant, "请补充营业执照清晰照片");

		String html = page(get("/progress/{id}", applicant.caseId()), applicant);

		String start = between(html, "data-step=\"单位已注册\"", "</section>");
		String firstReview = between(html, "data-step=\"初审\"", "</section>");
		assertThat(start).contains("data-bs-toggle=\"collapse\"")
			.contains("class=\"collapse\"")
			.contains("data-channel=\"SMS\"")
			.contains("data-channel=\"EMAIL\"")
			.doesNotContain("请补充营业执照清晰照片");
		assertThat(firstReview).contains("data-bs-toggle=\"collapse\"")
			.contains("data-channel=\"SMS\"")
			.contains("data-channel=\"EMAIL\"")
			.contains("请补充营业执照清晰照片");
	}

	@Test
	void theListAndTheCasePageUseTheSameStatusWords() throws Exception {
		Applicant applicant = applicantAtFirstReview();

		for (String lang : List.of("zh_CN", "en")) {
			String list = page(get("/progress").param("lang", lang), applicant);
			String detail = page(get("/progress/{id}", applicant.caseId()).param("lang", lang), applicant);

			assertThat(statusWord(list)).isNotBlank().isEqualTo(statusWord(detail));
		}
	}

	/** Every status word lives in status.*: no feature bundle keeps words of its own. */
	@Test
	void noBundleNamesAStatusOutsideTheOneVocabulary() throws IOException {
		for (Resource bundle : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties")) {
			Properties keys = new Properties();
			try (InputStream in = bundle.getInputStream()) {
				keys.load(in);
			}
			assertThat(keys.stringPropertyNames()).as(bundle.getFilename())
				.noneMatch((key) -> key.matches(".+\\.status\\.[A-Z][A-Z_]+") && !key.endsWith(".ALL"));
		}
	}

	private Applicant applicantAtFirstReview() {
		Fixtures.Tree tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub());
		String caseId = this.fixtures.register(form);
		this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
		return new Applicant(caseId, CreditCode.normalise(form.getCreditCode()), tree);
	}

	private void returnCase(Applicant applicant, String comment) {
		HumanTask task = this.fixtures.openTask(applicant.caseId(), "Task_FirstReview");
		this.tasks.decide(task.getId(), this.fixtures.user(applicant.tree().subReviewer()), "return", comment,
				java.util.Map.of());
		this.fixtures.awaitOpenTask(applicant.caseId(), "Task_Resubmit");
	}

	private static List<String> steps(String html) {
		List<String> steps = new ArrayList<>();
		Matcher matcher = STEP.matcher(html);
		while (matcher.find()) {
			steps.add(matcher.group(1) + " " + matcher.group(2));
		}
		return steps;
	}

	private static List<String> texts(String html, String cssClass) {
		List<String> texts = new ArrayList<>();
		Matcher matcher = Pattern.compile("class=\"" + cssClass + "\"[^>]*>([^<]*)<").matcher(html);
		while (matcher.find()) {
			texts.add(matcher.group(1).strip());
		}
		return texts;
	}

	private static String statusWord(String html) {
		Matcher matcher = Pattern.compile("data-status=\"UNDER_REVIEW\">([^<]+)<").matcher(html);
		assertThat(matcher.find()).as("status badge").isTrue();
		return matcher.group(1);
	}

	private static String between(String html, String from, String to) {
		int start = html.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		return html.substring(start, html.indexOf(to, start));
	}

	private String page(MockHttpServletRequestBuilder request, Applicant applicant) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(this.fixtures.user(applicant.username())))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private record Applicant(String caseId, String username, Fixtures.Tree tree) {
	}

}
