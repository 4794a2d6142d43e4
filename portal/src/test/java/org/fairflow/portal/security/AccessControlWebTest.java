package org.fairflow.portal.security;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may see and do what over HTTP: reviewers only the work of their own delegation,
 * applicants only their own unit, and no state change without a CSRF token.
 */
@PortalTest
@AutoConfigureMockMvc
class AccessControlWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	String caseId;

	Long unitId;

	String applicant;

	HumanTask task;

	@BeforeEach
	void unitWaitingForFirstReview() {
		this.tree = this.fixtures.tree();
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub());
		this.caseId = this.fixtures.register(form);
		this.unitId = this.fixtures.unitId(form);
		this.applicant = CreditCode.normalise(form.getCreditCode());
		this.task = this.fixtures.awaitOpenTask(this.caseId, "Task_FirstReview");
	}

	@Test
	void aReviewerOfAnotherDelegationGetsNotFoundForTheTaskTheCaseAndTheLicence() throws Exception {
		PortalUser other = this.fixtures.user(this.tree.otherReviewer());

		assertThat(status(get("/tasks/{id}", this.task.getId()).with(user(other)))).isEqualTo(404);
		assertThat(status(get("/progress/{id}", this.caseId).with(user(other)))).isEqualTo(404);
		assertThat(status(get("/units/{id}/licence", this.unitId).with(user(other)))).isEqualTo(404);
		assertThat(status(get("/tasks/{id}", Long.MAX_VALUE).with(user(other))))
			.as("a task that does not exist looks the same")
			.isEqualTo(404);
	}

	@Test
	void reviewersAboveTheUnitSeeTheTaskTheCaseAndTheLicence() throws Exception {
		for (String reviewer : new String[] { this.tree.subReviewer(), this.tree.delegationReviewer() }) {
			PortalUser user = this.fixtures.user(reviewer);
			assertThat(status(get("/tasks/{id}", this.task.getId()).with(user(user)))).as(reviewer).isEqualTo(200);
			assertThat(status(get("/progress/{id}", this.caseId).with(user(user)))).as(reviewer).isEqualTo(200);
			MvcResult licence = perform(get("/units/{id}/licence", this.unitId).with(user(user)));
			assertThat(licence.getResponse().getStatus()).as(reviewer).isEqualTo(200);
			assertThat(licence.getResponse().getContentType()).isEqualTo("image/png");
			assertThat(licence.getResponse().getContentAsByteArray()).isEqualTo(Fixtures.png());
		}
	}

	@Test
	void anApplicantMayNotOpenTheInboxNorAnotherUnitsCaseOrLicence() throws Exception {
		PortalUser applicant = this.fixtures.user(this.applicant);
		RegistrationForm otherForm = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.tree.sub());
		String otherCase = this.fixtures.register(otherForm);
		Long otherUnit = this.fixtures.unitId(otherForm);

		assertThat(status(get("/tasks").with(user(applicant)))).isEqualTo(403);
		assertThat(status(get("/tasks/{id}", this.task.getId()).with(user(applicant)))).isEqualTo(403);
		assertThat(status(post("/tasks/{id}/decide", this.task.getId()).param("decision", "approve")
			.with(user(applicant))
			.with(csrf()))).isEqualTo(403);
		assertThat(status(get("/progress/{id}", otherCase).with(user(applicant)))).isEqualTo(404);
		assertThat(status(get("/units/{id}/licence", otherUnit).with(user(applicant)))).isEqualTo(404);
		assertThat(status(get("/units/{id}/licence", this.unitId).with(user(applicant)))).isEqualTo(200);
		assertThat(status(get("/progress/{id}", this.caseId).with(user(applicant)))).isEqualTo(200);
	}

	@Test
	void aReviewerMayNotUseTheApplicantsPages() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.tree.subReviewer());

		assertThat(status(get("/unit").with(user(reviewer)))).isEqualTo(403);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String path : new String[] { "/tasks", "/tasks/" + this.task.getId(), "/progress/" + this.caseId,
				"/units/" + this.unitId + "/licence", "/unit" }) {
			MvcResult result = perform(get(path));
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	@Test
	void aPostWithoutCsrfTokenIsRejectedAndChangesNothing() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.tree.subReviewer());
		long units = count("unit");

		assertThat(status(post("/tasks/{id}/claim", this.task.getId()).with(user(reviewer)))).isEqualTo(403);
		assertThat(
				status(post("/tasks/{id}/decide", this.task.getId()).param("decision", "approve").with(user(reviewer))))
			.isEqualTo(403);
		assertThat(status(multipart("/register").param("nameZh", "无令牌单位"))).isEqualTo(403);
		assertThat(status(
				post("/tasks/{id}/claim", this.task.getId()).with(user(reviewer)).with(csrf().useInvalidToken())))
			.isEqualTo(403);

		HumanTask unchanged = this.fixtures.openTask(this.caseId, "Task_FirstReview");
		assertThat(unchanged.getId()).isEqualTo(this.task.getId());
		assertThat(unchanged.getClaimedBy()).isNull();
		assertThat(count("unit")).isEqualTo(units);

		assertThat(status(post("/tasks/{id}/claim", this.task.getId()).with(user(reviewer)).with(csrf())))
			.as("the same request with its token")
			.isEqualTo(302);
		assertThat(this.fixtures.openTask(this.caseId, "Task_FirstReview").getClaimedBy())
			.isEqualTo(this.tree.subReviewer());
	}

	private int status(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("never a server error").isLessThan(500);
		return result;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
