package org.fairflow.portal.tasks;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairflow.portal.export.Pages;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.query.BoundedQueries;
import org.fairflow.portal.query.BoundedQueries.Count;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.web.Formats;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The reviewer's task list over HTTP: who each task is for, search, filters kept in every
 * link, sorting, overdue marking, counts, claiming several tasks, and the next task after
 * a decision.
 */
@PortalTest
@AutoConfigureMockMvc
class TaskListWebTest {

	private static final String FIRST = "Task_FirstReview";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	HumanTaskRepository rows;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Organisations organisations;

	@Autowired
	BoundedQueries bounded;

	@Autowired
	Formats formats;

	private WebPages pages;

	private Fixtures.Tree tree;

	private PortalUser reviewer;

	@BeforeEach
	void tree() {
		this.pages = new WebPages(this.mvc);
		this.tree = this.fixtures.tree();
		this.reviewer = this.fixtures.user(this.tree.subReviewer());
	}

	@Test
	void eachRowNamesTheApplicantItsCreditCodeFlowStepDelegationAndStatus() throws Exception {
		RegistrationForm form = unit("海关报关协会");
		HumanTask task = firstReview(form);

		String html = list(get("/tasks"));

		assertThat(row(html, task)).contains(form.getNameZh())
			.contains(code(form))
			.contains("单位审核")
			.contains("单位初审")
			.contains(this.tree.sub().getNameZh())
			.contains("待领取")
			.contains("type=\"checkbox\" name=\"ids\"");
		assertThat(task.getApplicantName()).isEqualTo(form.getNameZh());
		assertThat(task.getApplicantCode()).isEqualTo(code(form));
		assertThat(list(get("/tasks").param("lang", "en"))).contains("Application").contains("Claimed by");
	}

	@Test
	void aTaskWaitingForAnotherReviewLevelIsMarkedSoNotAsUnclaimed() throws Exception {
		HumanTask first = firstReview(unit("层级商会"));
		PortalUser delegation = this.fixtures.user(this.tree.delegationReviewer());

		String zh = this.pages.page(get("/tasks").param("mode", "all").with(user(delegation)));
		String en = this.pages.page(get("/tasks").param("mode", "all").param("lang", "en").with(user(delegation)));

		assertThat(row(zh, first)).contains("其他层级").doesNotContain("待领取").doesNotContain("name=\"ids\"");
		assertThat(row(en, first)).contains("Another level").doesNotContain("Unclaimed");
		assertThat(row(list(get("/tasks").param("mode", "all")), first)).contains("待领取").doesNotContain("其他层级");
	}

	@Test
	void englishPagesNameTheApplicantByItsEnglishNameAndSearchFindsIt() throws Exception {
		RegistrationForm form = unit("英文名商会");
		form.setNameEn("Chamber of English Names");
		HumanTask task = firstReview(form);

		String en = list(get("/tasks").param("lang", "en"));
		String page = this.pages.page(get("/tasks/{id}", task.getId()).param("lang", "en").with(user(this.reviewer)));

		assertThat(row(en, task)).contains("Chamber of English Names").doesNotContain("英文名商会");
		String title = page.substring(page.indexOf("id=\"task-title\""),
				page.indexOf("</h1>", page.indexOf("id=\"task-title\"")));
		assertThat(title).contains("Unit first review: Chamber of English Names").doesNotContain("英文名商会");
		assertThat(row(list(get("/tasks")), task)).contains("英文名商会").doesNotContain("Chamber of English Names");
		assertThat(list(get("/tasks").param("q", "english names"))).contains(tr(task));
	}

	@Test
	void searchFindsATaskByPartOfTheNameOrByTheStartOfTheCreditCode() throws Exception {
		RegistrationForm port = unit("港口物流协会");
		RegistrationForm wine = unit("葡萄酒进口商会");
		HumanTask portTask = firstReview(port);
		HumanTask wineTask = firstReview(wine);

		String byName = list(get("/tasks").param("q", "物流"));
		// Test credit codes made a moment apart share their first digits: all but the
		// check
		// character is a prefix that only this unit has.
		String byCode = list(get("/tasks").param("q", code(wine).substring(0, 17).toLowerCase()));

		assertThat(byName).contains(tr(portTask)).doesNotContain(tr(wineTask));
		assertThat(byCode).contains(tr(wineTask)).doesNotContain(tr(portTask));
		assertThat(list(get("/tasks").param("q", "没有这个单位"))).contains("id=\"inbox-empty\"");
	}

	@Test
	void theExportHoldsEveryPageOfTheFilteredListAndNothingOutsideTheScope() throws Exception {
		String caseId = caseOf(unit("导出商会"));
		String token = "导出方" + this.tree.sub().getId() + "-";
		for (int i = 0; i < 23; i++) {
			seed(caseId, "Task_Export" + i, token + i, null, null);
		}
		seed(caseId, "Task_ExportMine", "=cmd|' /C calc'!A0", null, this.tree.subReviewer());

		String html = list(get("/tasks").param("q", token));
		assertThat(html).contains("href=\"/tasks/export?q=" + encoded(token) + "&amp;format=xlsx\"");
		String csv = export(this.reviewer, "q=" + token);
		assertThat(csv.lines()).hasSize(24);
		assertThat(csv).startsWith("\uFEFF").contains("\"" + token + "22\"").contains("待领取");

		String mine = export(this.reviewer, "mode=mine");
		assertThat(mine).contains("\"'=cmd|' /C calc'!A0\"").contains("我已领取").doesNotContain(token);
		assertThat(export(this.fixtures.user(this.tree.otherReviewer()), "mode=all&q=" + token).lines()).hasSize(1);
		assertThat(this.pages.status(get("/tasks/export").param("format", "ods").with(user(this.reviewer))))
			.isEqualTo(400);
	}

	private String export(PortalUser as, String query) throws Exception {
		return this.pages.perform(get("/tasks/export?format=csv&" + query).with(user(as)))
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void filtersAndSortAreKeptInTabsSortLinksPaginationAndTaskLinks() throws Exception {
		String caseId = caseOf(unit("分页商会"));
		for (int i = 0; i < 21; i++) {
			seed(caseId, "Task_Page" + i, "分页商会", null, null);
		}

		String html = list(get("/tasks").param("mode", "all")
			.param("flow", "unit-review")
			.param("org", this.tree.sub().getId().toString())
			.param("q", "分页")
			.param("sort", "applicant"));

		String kept = "flow=unit-review&amp;org=" + this.tree.sub().getId()
				+ "&amp;q=%E5%88%86%E9%A1%B5&amp;sort=applicant";
		assertThat(html).contains("href=\"/tasks?mode=all&amp;" + kept + "&amp;page=1\"")
			.contains("href=\"/tasks?mode=overdue&amp;" + kept + "\"")
			.contains("href=\"/tasks?mode=all&amp;flow=unit-review&amp;org=" + this.tree.sub().getId()
					+ "&amp;q=%E5%88%86%E9%A1%B5&amp;sort=due\"")
			.contains("?back=mode%3Dall%26" + "flow%3Dunit-review%26org%3D" + this.tree.sub().getId())
			.contains("name=\"back\" value=\"mode=all&amp;" + kept + "\"");
		String second = list(get("/tasks").param("mode", "all").param("q", "分页").param("page", "1"));
		assertThat(second).contains("id=\"page-previous\" href=\"/tasks?mode=all&amp;q=%E5%88%86%E9%A1%B5\"");
		assertThat(rowCount(second)).isEqualTo(2);
		assertThat(rowCount(list(get("/tasks").param("mode", "all").param("q", "分页").param("size", "50"))))
			.isEqualTo(22);
	}

	@Test
	void sortingByDueDateOrApplicantOrdersTheRows() throws Exception {
		String caseId = caseOf(unit("顺序商会"));
		Instant now = Instant.now();
		HumanTask late = seed(caseId, "Task_Late", "排序 B", now.plus(5, ChronoUnit.DAYS), null);
		HumanTask soon = seed(caseId, "Task_Soon", "排序 C", now.plus(1, ChronoUnit.DAYS), null);
		HumanTask first = seed(caseId, "Task_First", "排序 A", now.plus(3, ChronoUnit.DAYS), null);

		String byDue = list(get("/tasks").param("mode", "all").param("q", "排序").param("sort", "due"));
		String byApplicant = list(get("/tasks").param("mode", "all").param("q", "排序").param("sort", "applicant"));
		String waiting = list(get("/tasks").param("mode", "all").param("q", "排序"));

		assertThat(byDue.indexOf(tr(soon))).isLessThan(byDue.indexOf(tr(first)));
		assertThat(byDue.indexOf(tr(first))).isLessThan(byDue.indexOf(tr(late)));
		assertThat(byApplicant.indexOf(tr(first))).isLessThan(byApplicant.indexOf(tr(late)));
		assertThat(byApplicant.indexOf(tr(late))).isLessThan(byApplicant.indexOf(tr(soon)));
		assertThat(waiting.indexOf(tr(late))).isLessThan(waiting.indexOf(tr(soon)));
	}

	@Test
	void anOverdueTaskIsMarkedAndCountedUnderItsOwnTab() throws Exception {
		String caseId = caseOf(unit("期限商会"));
		HumanTask overdue = seed(caseId, "Task_Overdue", "逾期甲", Instant.now().minus(2, ChronoUnit.HOURS), null);
		HumanTask onTime = seed(caseId, "Task_OnTime", "逾期乙", Instant.now().plus(2, ChronoUnit.DAYS), null);

		String all = list(get("/tasks").param("mode", "all").param("q", "逾期"));
		String overdueTab = list(get("/tasks").param("mode", "overdue"));

		assertThat(row(all, overdue)).contains("task-overdue").contains("已逾期").contains("text-danger");
		assertThat(row(all, onTime)).doesNotContain("task-overdue").doesNotContain("已逾期");
		assertThat(overdueTab).contains(tr(overdue)).doesNotContain(tr(onTime));
		assertThat(overdueTab).contains("id=\"count-overdue\">1<");
	}

	@Test
	void theTabsCountWhatEachModeListsUnderTheOtherFilters() throws Exception {
		String caseId = caseOf(unit("统计商会"));
		seed(caseId, "Task_A", "计数甲", null, null);
		seed(caseId, "Task_B", "计数乙", Instant.now().minus(1, ChronoUnit.DAYS), null);
		seed(caseId, "Task_C", "计数丙", null, this.tree.subReviewer());
		seed(caseId, "Task_D", "计数丁", null, "someone-else");

		String html = list(get("/tasks").param("q", "计数"));

		assertThat(html).contains("id=\"count-unclaimed\">2<")
			.contains("id=\"count-mine\">1<")
			.contains("id=\"count-all\">4<")
			.contains("id=\"count-overdue\">1<");
		assertThat(list(get("/tasks").param("q", "计数丁"))).contains("id=\"count-all\">1<")
			.contains("id=\"count-unclaimed\">0<");
	}

	@Test
	void countsAndTotalsStopAtTheLimitWhilePagesAndTheExportStillReachEveryTask() {
		String caseId = caseOf(unit("上限商会"));
		String token = "上限方" + this.tree.sub().getId() + "-";
		for (int i = 0; i < 5; i++) {
			seed(caseId, "Task_Limit" + i, token + i, null, null);
		}
		TaskList limited = new TaskList(this.rows, this.organisations, this.bounded, this.formats, 2);
		InboxFilter filter = new InboxFilter(null, "all", null, null, null, token, null, null);

		Map<String, Count> counts = limited.counts(this.reviewer, filter);
		assertThat(counts.get("all").label()).isEqualTo("2+");
		assertThat(counts.get("unclaimed")).isEqualTo(new Count(2, true));
		assertThat(counts.get("mine")).isEqualTo(new Count(0, false));

		var first = limited.page(this.reviewer, filter, PageRequest.of(0, 2));
		assertThat(limited.total(first)).isEqualTo(new Count(2, true));
		assertThat(first.hasNext()).isTrue();
		var last = limited.page(this.reviewer, filter, PageRequest.of(2, 2));
		assertThat(limited.total(last)).isEqualTo(new Count(5, false));
		assertThat(last.getContent()).hasSize(1);
		List<String> read = new ArrayList<>();
		Pages.each((n) -> limited.page(this.reviewer, filter, PageRequest.of(n, 2)),
				(HumanTask t) -> read.add(t.getApplicantName()));
		assertThat(read).containsExactly(token + 0, token + 1, token + 2, token + 3, token + 4);
	}

	@Test
	void claimingSelectedTasksReportsWhatWasClaimedAndWhyTheOthersWereNot() throws Exception {
		String caseId = caseOf(unit("批量商会"));
		HumanTask one = seed(caseId, "Task_One", "批量甲", null, null);
		HumanTask two = seed(caseId, "Task_Two", "批量乙", null, null);
		HumanTask taken = seed(caseId, "Task_Taken", "批量丙", null, null);
		PortalUser colleague = colleague();
		this.tasks.claim(taken.getId(), colleague);

		MvcResult result = this.pages
			.perform(post("/tasks/claim").param("ids", id(one), id(two), id(taken), "999999999")
				.param("back", "mode=all&q=批量")
				.with(user(this.reviewer))
				.with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks?mode=all&q=%E6%89%B9%E9%87%8F");
		BulkClaim.Report report = (BulkClaim.Report) result.getFlashMap().get("bulkReport");
		assertThat(report.claimed()).isEqualTo(2);
		assertThat(report.refused()).extracting(BulkClaim.Refusal::taskId, BulkClaim.Refusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(taken.getId(), "task.claimedByOther"),
					org.assertj.core.groups.Tuple.tuple(999999999L, "tasks.bulk.notFound"));
		assertThat(this.rows.findById(one.getId()).orElseThrow().getClaimedBy()).isEqualTo(this.tree.subReviewer());
		assertThat(this.rows.findById(taken.getId()).orElseThrow().getClaimedBy()).isEqualTo(colleague.getUsername());
		String html = list(get("/tasks").param("mode", "all").param("q", "批量").flashAttrs(result.getFlashMap()));
		assertThat(row(html, taken)).doesNotContain("name=\"ids\"");
		assertThat(html).contains("已领取 2 项任务").contains("批量丙").contains("该任务已被 " + colleague.getUsername() + " 领取");
	}

	@Test
	void claimingWithNothingSelectedSaysSo() throws Exception {
		MvcResult result = this.pages.perform(post("/tasks/claim").with(user(this.reviewer)).with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
		assertThat((Map<String, Object>) result.getFlashMap()).containsEntry("errorKey", "tasks.bulk.noneSelected");
	}

	@Test
	void aDecisionOpensTheNextTaskOfTheSameListThenReturnsToTheListWhenNoneIsLeft() throws Exception {
		String tag = "下一项" + UUID.randomUUID().toString().substring(0, 6);
		HumanTask first = firstReview(unit(tag + "甲"));
		HumanTask second = firstReview(unit(tag + "乙"));
		String link = new InboxFilter(null, null, null, null, null, tag, null, null).taskLink(first.getId());
		String opened = this.pages.page(get(URI.create(link)).with(user(this.reviewer)));
		assertThat(opened).contains("id=\"decide-back\" value=\"q=" + encoded(tag) + "\"");

		MvcResult decided = decide(first, "q=" + encoded(tag));

		String back = "back=q%3D" + encoded(tag).replace("%", "%25");
		assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + second.getId() + "?" + back);
		assertThat((Map<String, Object>) decided.getFlashMap()).containsEntry("successKey", "task.decided");
		MvcResult last = decide(second, "q=" + encoded(tag));
		assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/tasks?q=" + encoded(tag));
		assertThat((Map<String, Object>) last.getFlashMap()).containsEntry("listDone", true);
		assertThat(list(get("/tasks").flashAttrs(last.getFlashMap()))).contains("id=\"list-done\"");
	}

	@Test
	void badListParametersAreIgnoredOrExplainedNeverAServerError() throws Exception {
		String caseId = caseOf(unit("参数商会"));
		HumanTask task = seed(caseId, "Task_Param", "参数{甲}_%", null, null);

		String odd = list(get("/tasks").param("mode", "everything")
			.param("sort", "id; drop table human_task")
			.param("size", "7")
			.param("q", "参数{甲}_%"));
		assertThat(odd).contains(tr(task)).contains("href=\"/tasks?q=%E5%8F%82%E6%95%B0%7B%E7%94%B2%7D_%25\"");
		assertThat(list(get("/tasks").param("q", "x".repeat(500)))).contains("id=\"inbox-empty\"");
		assertThat(list(get("/tasks").param("page", "9999"))).contains(tr(task));
		assertThat(this.pages.status(get("/tasks").param("size", "many").with(user(this.reviewer)))).isEqualTo(400);
		assertThat(this.pages
			.page(get("/tasks/{id}", task.getId()).param("back", "%%%&&==q=%zz&org=x").with(user(this.reviewer))))
			.contains("id=\"back-to-list\"");
		MvcResult claimed = this.pages.perform(post("/tasks/{id}/claim", task.getId()).param("back", "sort=%{x}")
			.with(user(this.reviewer))
			.with(csrf()));
		assertThat(claimed.getResponse().getRedirectedUrl()).startsWith("/tasks/" + task.getId() + "?back=");
	}

	private MvcResult decide(HumanTask task, String back) throws Exception {
		return this.pages.perform(post("/tasks/{id}/decide", task.getId()).param("decision", "approve")
			.param("back", back)
			.with(user(this.reviewer))
			.with(csrf()));
	}

	private String list(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.pages.page(request.with(user(this.reviewer)));
	}

	private RegistrationForm unit(String name) {
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub());
		form.setNameZh(name);
		return form;
	}

	private HumanTask firstReview(RegistrationForm form) {
		return this.fixtures.awaitOpenTask(this.fixtures.register(form), FIRST);
	}

	/** A case whose first review is open, to hang tasks of test-made steps on. */
	private String caseOf(RegistrationForm form) {
		return firstReview(form).getCaseId();
	}

	/**
	 * A task of another step of the case, offered to the sub-delegation: the list reads
	 * only rows, so they need no engine (they are never decided).
	 */
	private HumanTask seed(String caseId, String element, String applicant, Instant due, String claimedBy) {
		Map<String, String> headers = new java.util.HashMap<>(
				Map.of(TaskHeaders.CANDIDATE_GROUPS, "[\"" + this.tree.sub().reviewGroup() + "\"]"));
		if (due != null) {
			headers.put(TaskHeaders.DUE_DATE, due.toString());
		}
		HumanTask task = new HumanTask(caseId, "unit-review", element, TaskHeaders.from(headers, "测试步骤"),
				this.tree.sub().getId(), 1);
		task.redelivered(1L, "test");
		task.applicant(applicant, null, applicant, null, null);
		if (claimedBy != null) {
			task.claim(claimedBy);
		}
		return this.rows.save(task);
	}

	private PortalUser colleague() {
		String username = this.tree.subReviewer() + "c";
		this.accounts.create(username, Fixtures.PASSWORD, Role.SUB_DELEGATION_REVIEWER, "同组初审员",
				this.tree.sub().getId(), null);
		return this.fixtures.user(username);
	}

	private static String code(RegistrationForm form) {
		return CreditCode.normalise(form.getCreditCode());
	}

	private static String id(HumanTask task) {
		return String.valueOf(task.getId());
	}

	/** The mark of a task's row in the list. */
	private static String tr(HumanTask task) {
		return "data-task-id=\"" + task.getId() + "\"";
	}

	private static String encoded(String text) {
		return org.springframework.web.util.UriUtils.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The table row of a task, from its opening tag to its end. */
	private static String row(String html, HumanTask task) {
		int start = html.lastIndexOf("<tr", html.indexOf("data-task-id=\"" + task.getId() + "\""));
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static int rowCount(String html) {
		return html.split("data-task-id=").length - 1;
	}

}
