package org.fairflow.portal.room;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The allocation task in the organiser's inbox: the task page shows this module's view
 * for form key {@code meeting-room} (the meeting and the room select), and a decision for
 * a room another meeting holds comes back as a message with nothing completed. The task
 * row is written as the inbox writes it when the engine delivers the job.
 */
@PortalTest
@AutoConfigureMockMvc
class AllocationTaskWebTest {

	private static final LocalDate DAY = LocalDate.of(2027, 11, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoomBookings bookings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EngineGateway engine;

	MeetingRows rows;

	Fixtures.Tree tree;

	PortalUser organiser;

	@BeforeEach
	void organiser() {
		this.rows = new MeetingRows(this.jdbc);
		this.tree = this.fixtures.tree();
		this.organiser = this.fixtures.organiserReviewer(this.tree);
	}

	@Test
	void theTaskPageShowsTheMeetingAndTheRoomsWithTakenOnesDisabled() throws Exception {
		Long free = this.rows.room(150);
		Long taken = this.rows.room(150);
		MeetingRows.Row holder = this.rows.meeting("ROOM_ALLOCATED", "OFFLINE", DAY, "09:00", "10:30", 20);
		this.bookings.book(holder.id(), taken, holder.start(), holder.end());
		MeetingRows.Row meeting = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "10:00", "12:00", 120);
		long taskId = allocationTask(meeting);

		String html = page("/tasks/" + taskId);

		assertThat(html).contains("id=\"allocation-details\"")
			.contains(meeting.name())
			.contains("主办" + meeting.name())
			.contains("10:00-12:00")
			.contains("id=\"room-choice\"");
		String freeOption = option(html, free);
		String takenOption = option(html, taken);
		assertThat(freeOption).contains("data-free=\"true\"").doesNotContain("disabled");
		assertThat(takenOption).contains("disabled").contains(holder.name());
	}

	@Test
	void aRoomTakenMeanwhileIsRefusedWithAMessageAndTheTaskStaysOpen() throws Exception {
		Long room = this.rows.room(150);
		MeetingRows.Row meeting = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "14:00", "16:00", 100);
		long taskId = allocationTask(meeting);
		MeetingRows.Row quicker = this.rows.meeting("ROOM_ALLOCATED", "OFFLINE", DAY, "15:00", "16:00", 20);
		this.bookings.book(quicker.id(), room, quicker.start(), quicker.end());

		MvcResult result = this.mvc
			.perform(post("/tasks/" + taskId + "/decide").param("decision", "allocate")
				.param("roomId", room.toString())
				.with(user(this.organiser))
				.with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + taskId);
		assertThat(result.getFlashMap().get("errorKey")).isEqualTo("room.allocate.taken");
		assertThat(this.jdbc.queryForObject("select status from human_task where id = ?", String.class, taskId))
			.isEqualTo("OPEN");
	}

	@Test
	void theCalendarLinksAnUnallocatedMeetingToItsAllocationTask() throws Exception {
		MeetingRows.Row meeting = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "18:00", "19:00", 10);
		long taskId = allocationTask(meeting);

		String html = page("/meetings/calendar?day=" + DAY);

		int row = html.indexOf("data-meeting-id=\"" + meeting.id() + "\"",
				html.indexOf("id=\"calendar-without-room\""));
		assertThat(html.substring(row, html.indexOf("</tr>", row))).contains("href=\"/tasks/" + taskId + "\"");
	}

	/**
	 * The open Task_AllocateRoom of the meeting's case, offered to the organiser's
	 * organisation.
	 */
	private long allocationTask(MeetingRows.Row meeting) {
		String caseId = UUID.randomUUID().toString();
		Long org = this.tree.organiser().getId();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.update("insert into process_case (id, flow, business_key, title, applicant_group, scope_org_id, status, "
					+ "active, checkpoint_variables, created_at, updated_at) values (?, 'meeting-booking', ?, ?, 'unit:900000', ?, "
					+ "'AWAITING_ROOM', true, '{}', ?, ?)", caseId, meeting.id().toString(), meeting.name(), org, now,
					now);
		this.jdbc.update("update meeting set case_id = ? where id = ?", caseId, meeting.id());
		this.jdbc
			.update("insert into human_task (case_id, flow, element_id, name, title_en, candidate_groups, scope_org_id, "
					+ "form_key, decisions, round, job_key, engine_epoch, status, open_key, created_at) values (?, "
					+ "'meeting-booking', 'Task_AllocateRoom', '分配会议室', 'Allocate a meeting room', ?, ?, 'meeting-room', "
					+ "'allocate', 1, 1, ?, 'OPEN', ?, ?)", caseId, "org:" + org, org, this.engine.epoch(),
					caseId + "/Task_AllocateRoom", now);
		return this.jdbc.queryForObject("select id from human_task where case_id = ?", Long.class, caseId);
	}

	private static String option(String html, Long roomId) {
		int at = html.indexOf("value=\"" + roomId + "\"");
		assertThat(at).as("option of room " + roomId).isNotNegative();
		return html.substring(html.lastIndexOf("<option", at), html.indexOf("</option>", at));
	}

	private String page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(this.organiser))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
