package org.fairflow.portal.meeting;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The meeting inside the reviewers' tasks (form key {@code meeting-review}), through the
 * task page as the inbox opens it: at pre-review everything booked, at re-review marked
 * as such with the pre-review's decision and the supplement with both posters.
 */
@PortalTest
@AutoConfigureMockMvc
class MeetingReviewViewWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	Cases cases;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Accounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ModelDeployment models;

	@Autowired
	JdbcTemplate jdbc;

	MeetingFixtures meetingFixtures;

	@BeforeEach
	void fixtures() {
		this.meetingFixtures = new MeetingFixtures(this.meetings, this.cases, this.tasks, this.accounts, this.fixtures,
				this.models, this.jdbc);
	}

	@Test
	void atPreReviewTheTaskShowsEverythingBookedWithThePlanInTheFairsClock() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.booked();
		Long plan = this.jdbc.queryForObject(
				"insert into meeting_file (unit_id, meeting_id, kind, original_name, content_type, size_bytes, sha256,"
						+ " storage_path, uploaded_by, uploaded_at) values (?, ?, 'PLAN', 'plan.pdf', 'application/pdf',"
						+ " 10, 'x', 'x/plan.pdf', 'test', ?) returning id",
				Long.class, booking.unitId(), booking.meetingId(), Timestamp.from(Instant.now()));
		this.jdbc.update("update meeting set plan_file_id = ? where id = ?", plan, booking.meetingId());
		HumanTask task = this.fixtures.awaitOpenTask(booking.caseId(), "Task_PreReview");

		String zh = page(task, booking, "zh_CN");
		String en = page(task, booking, "en");

		assertThat(zh).contains("id=\"meeting-details\"")
			.contains("data-round=\"pre-review\"")
			.doesNotContain("id=\"meeting-re-review\"")
			.doesNotContain("id=\"meeting-pre-review\"")
			.contains(this.meetingFixtures.meeting(booking).getName())
			.contains("data-format=\"ONLINE\"")
			.contains("线上")
			.contains("2027-11-06 10:00-12:00")
			.contains("主办单位")
			.contains("Jane Doe")
			.contains("WTO, economist")
			.contains("13812345678")
			.contains("href=\"/meetings/" + booking.meetingId() + "/plan\"")
			.contains("id=\"meeting-not-supplemented\"");
		assertThat(en).contains("Online").contains("Foreign speaker").contains("Download the plan");
	}

	@Test
	void atReReviewTheTaskSaysSoAndShowsThePreReviewAndTheSupplementWithBothPosters() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.awaitingSupplement();
		this.mvc
			.perform(multipart("/meetings/{id}/supplement", booking.meetingId())
				.file(new MockMultipartFile("posterPc", "pc.png", "image/png", Fixtures.image("png", 275, 155)))
				.file(new MockMultipartFile("posterApp", "app.png", "image/png", Fixtures.image("png", 165, 220)))
				.param("agenda", "1-主持人开场 2-嘉宾演讲")
				.param("intlAssociations[0]", "贸促会")
				.param("intlAssociations[1]", "国际商会")
				.param("domesticAssociations[0]", "商务局")
				.param("highlights", "亮点")
				.param("outcomes", "成果")
				.param("publishContent", "白皮书")
				.param("recorded", "true")
				.with(user(booking.unit()))
				.with(csrf()))
			.andReturn();
		this.meetingFixtures.status(booking, MeetingStatus.AWAITING_RE_REVIEW);
		HumanTask task = this.fixtures.awaitOpenTask(booking.caseId(), "Task_ReReview");

		String zh = page(task, booking, "zh_CN");

		assertThat(zh).contains("data-round=\"re-review\"")
			.contains("id=\"meeting-re-review\"")
			.contains("复审")
			.contains("data-decision=\"approve\"")
			.contains(booking.reviewer().displayName())
			.contains("1-主持人开场 2-嘉宾演讲")
			.contains("<li>贸促会</li>")
			.contains("<li>国际商会</li>")
			.contains("<li>商务局</li>")
			.contains("data-recorded=\"true\"")
			.contains("src=\"/meetings/" + booking.meetingId() + "/poster/pc\"")
			.contains("src=\"/meetings/" + booking.meetingId() + "/poster/app\"")
			.doesNotContain("id=\"meeting-not-supplemented\"");
		assertThat(page(task, booking, "en")).contains("Re-review (复审)").contains("Pre-review");
	}

	@Test
	void anotherOrganisersReviewerDoesNotSeeTheMeetingsTask() throws Exception {
		MeetingFixtures.Booking booking = this.meetingFixtures.booked();
		MeetingFixtures.Booking other = this.meetingFixtures.booked();
		HumanTask task = this.fixtures.awaitOpenTask(booking.caseId(), "Task_PreReview");

		int status = this.mvc.perform(get("/tasks/{id}", task.getId()).with(user(other.reviewer())))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(404);
	}

	private String page(HumanTask task, MeetingFixtures.Booking booking, String lang) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/tasks/{id}", task.getId()).param("lang", lang).with(user(booking.reviewer())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
