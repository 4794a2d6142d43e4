package org.fairflow.portal.tasks;

import java.time.LocalDate;
import java.util.Map;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The reviewer's inbox and task pages over HTTP. */
@PortalTest
@AutoConfigureMockMvc
class TaskPagesWebTest {

	@Autowired
	org.fairflow.portal.web.Formats formats;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theInboxRendersWithEveryFilterSet() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser delegation = this.fixtures.user(tree.delegationReviewer());
		String today = LocalDate.ofInstant(task.getCreatedAt(), this.formats.zone()).toString();

		String html = page(get("/tasks").param("mode", "all")
			.param("flow", "unit-review")
			.param("org", tree.sub().getId().toString())
			.param("from", today)
			.param("to", today)
			.param("page", "0")
			.with(user(delegation)));

		assertThat(html).contains("data-task-id=\"" + task.getId() + "\"").contains("单位初审");
		assertThat(page(get("/tasks").param("mode", "mine").with(user(delegation)))).contains("id=\"inbox-empty\"");
		PortalUser sub = this.fixtures.user(tree.subReviewer());
		assertThat(page(get("/tasks").param("lang", "en").with(user(sub)))).contains("Unit first review");
		assertThat(page(get("/tasks").param("mode", "nonsense").param("page", "-3").with(user(sub))))
			.contains("data-task-id=\"" + task.getId() + "\"");
	}

	@Test
	void filterValuesOfTheWrongKindAreABadRequestNotAServerError() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.fixtures.tree().delegationReviewer());

		assertThat(status(get("/tasks").param("from", "yesterday").with(user(reviewer)))).isEqualTo(400);
		assertThat(status(get("/tasks").param("org", "mine").with(user(reviewer)))).isEqualTo(400);
		assertThat(status(get("/tasks").param("page", "two").with(user(reviewer)))).isEqualTo(400);
		assertThat(status(get("/tasks/{id}", "abc").with(user(reviewer)))).isEqualTo(400);
	}

	@Test
	void aDecisionThatNeedsACommentComesBackWithTheMessageAndTheTaskStaysOpen() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser reviewer = this.fixtures.user(tree.subReviewer());

		MvcResult result = perform(post("/tasks/{id}/decide", task.getId()).param("decision", "reject")
			.param("comment", "  ")
			.with(user(reviewer))
			.with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + task.getId());
		assertThat(flash(result)).containsEntry("errorKey", "task.commentRequired");
		String html = page(get("/tasks/{id}", task.getId()).flashAttrs(result.getFlashMap()).with(user(reviewer)));
		assertThat(html).contains("id=\"flash-error\"").contains("id=\"decide-form\"");
		assertThat(this.fixtures.openTask(task.getCaseId(), "Task_FirstReview")).isNotNull();

		MvcResult none = perform(
				post("/tasks/{id}/decide", task.getId()).param("comment", "无决定").with(user(reviewer)).with(csrf()));
		assertThat(none.getResponse().getRedirectedUrl()).as("no decision: the task page with a message")
			.isEqualTo("/tasks/" + task.getId());
		assertThat(flash(none)).containsEntry("errorKey", "task.decisionRequired");
		assertThat(this.fixtures.openTask(task.getCaseId(), "Task_FirstReview")).isNotNull();
	}

	@Test
	void aReviewerClaimsReassignsAndThenSeesTheTaskAsDecided() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser reviewer = this.fixtures.user(tree.subReviewer());

		String open = page(get("/tasks/{id}", task.getId()).with(user(reviewer)));
		assertThat(open).contains("id=\"unit-details\"")
			.contains("id=\"reassign-inputs\"")
			.contains("value=\"" + tree.other().getId() + "\"")
			.contains("id=\"claim\"");
		assertThat(flashOf(post("/tasks/{id}/claim", task.getId()).with(user(reviewer)).with(csrf())))
			.containsEntry("successKey", "task.claimed");
		assertThat(page(get("/tasks/{id}", task.getId()).with(user(reviewer)))).contains("id=\"unclaim\"");

		MvcResult decided = perform(post("/tasks/{id}/decide", task.getId()).param("decision", "reassign")
			.param("comment", "属于另一交易团")
			.param("targetOrganisationId", tree.other().getId().toString())
			.with(user(reviewer))
			.with(csrf()));

		assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
		assertThat(flash(decided)).containsEntry("successKey", "task.decided");
		HumanTask moved = this.fixtures.awaitOpenTask(task.getCaseId(), "Task_SecondReview");
		assertThat(moved.candidateGroupList()).containsExactly(tree.other().reviewGroup());
		assertThat(page(get("/tasks/{id}", task.getId()).with(user(reviewer)))).contains("id=\"task-closed\"")
			.doesNotContain("id=\"decide-form\"")
			.doesNotContain("id=\"jump-to-decision\"");
		assertThat(page(get("/tasks/{id}", moved.getId()).with(user(this.fixtures.user(tree.otherReviewer())))))
			.contains("id=\"decide-form\"")
			.contains("href=\"#decision-box\"")
			.contains("id=\"decision-box\"");
	}

	@Test
	void aDecisionOnATaskAlreadyDecidedIsRefusedWithAMessage() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();
		HumanTask task = firstReviewOfNewUnit(tree);
		PortalUser reviewer = this.fixtures.user(tree.subReviewer());
		perform(post("/tasks/{id}/decide", task.getId()).param("decision", "approve")
			.with(user(reviewer))
			.with(csrf()));

		MvcResult again = perform(post("/tasks/{id}/decide", task.getId()).param("decision", "approve")
			.with(user(reviewer))
			.with(csrf()));

		assertThat(flash(again)).containsEntry("errorKey", "task.alreadyDecided");
		assertThat(this.fixtures.awaitOpenTask(task.getCaseId(), "Task_SecondReview")).isNotNull();
	}

	private HumanTask firstReviewOfNewUnit(Fixtures.Tree tree) {
		String caseId = this.fixtures.register(Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, tree.sub()));
		return this.fixtures.awaitOpenTask(caseId, "Task_FirstReview");
	}

	private Map<String, Object> flashOf(RequestBuilder request) throws Exception {
		return flash(perform(request));
	}

	private static Map<String, Object> flash(MvcResult result) {
		return result.getFlashMap();
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("never a server error").isLessThan(500);
		return result;
	}

}
