package org.fairflow.portal.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.MovableClock;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.meeting.OnlineRoomView;
import org.fairflow.workers.meeting.OnlineRooms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The room on a booking's page: an online room's numbers (from the workers'
 * {@link OnlineRooms}, mocked here) with its window, and the way in, which leads to the
 * room only inside the window; an offline meeting's room from the room plan. A context of
 * its own (the mock), on a schema of its own, so the shared context's data stays.
 */
@PortalTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "fairflow.test.schema=${FAIRFLOW_TEST_SCHEMA:portal_test}_rooms")
class MeetingRoomPagesWebTest {

	/** 10:00 on 2027-11-06 in Shanghai, the test form's start. */
	static final Instant START = Instant.parse("2027-11-06T02:00:00Z");

	@MockitoBean
	OnlineRooms onlineRooms;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	MeetingBookings bookings;

	@Autowired
	Meetings meetings;

	@Autowired
	PlanFiles plans;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CamundaClient client;

	MeetingTestData.Unit unit;

	@BeforeEach
	void unit() {
		MeetingTestData.ensureProcess(this.client);
		this.unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anOnlineRoomShowsItsNumbersAndWindowToTheBookingUnit() throws Exception {
		Meeting meeting = online();

		String html = page("/meetings/" + meeting.getId());

		assertThat(html).contains("id=\"room-number\">1234567890<")
			.contains("id=\"room-password\">246810<")
			.contains("id=\"room-host-key\">135791<")
			.contains("2027-11-06 08:00")
			.contains("2027-11-07 00:00")
			.contains("id=\"room-join\"");
	}

	@Test
	void theJoinButtonIsALinkOnlyInsideTheRoomsWindow() throws Exception {
		Meeting meeting = online();
		moveTo(START.minus(Duration.ofHours(3)));

		assertThat(page("/meetings/" + meeting.getId())).contains("id=\"room-join\" aria-disabled=\"true\"")
			.doesNotContain("/meetings/" + meeting.getId() + "/join");

		moveTo(START.minus(Duration.ofHours(1)));

		assertThat(page("/meetings/" + meeting.getId()))
			.contains("id=\"room-join\" href=\"/meetings/" + meeting.getId() + "/join\"");
	}

	@Test
	void joiningInsideTheWindowLeadsToTheRoom() throws Exception {
		Meeting meeting = online();
		moveTo(START.minus(Duration.ofHours(1)));

		MvcResult result = this.mvc.perform(get("/meetings/{id}/join", meeting.getId()).with(user(this.unit.liaison())))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/simulated/meeting-room/1234567890");
	}

	@Test
	void beforeTheWindowThePageSaysWhenTheRoomOpensWithoutLeadingThere() throws Exception {
		Meeting meeting = online();
		moveTo(START.minus(Duration.ofHours(3)));

		String html = page("/meetings/" + meeting.getId() + "/join");

		assertThat(html).contains("data-state=\"BEFORE\"").contains("会议室将于 2027-11-06 08:00 开放");
	}

	@Test
	void afterTheWindowThePageSaysTheRoomClosed() throws Exception {
		Meeting meeting = online();
		moveTo(Instant.parse("2027-11-06T16:30:00Z"));

		String html = page("/meetings/" + meeting.getId() + "/join");

		assertThat(html).contains("data-state=\"AFTER\"").contains("会议室已于 2027-11-07 00:00 关闭");
	}

	@Test
	void anOfflineMeetingShowsTheRoomThePlanGaveIt() throws Exception {
		Meeting meeting = this.bookings.book(this.unit.unitId(),
				MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId()), "liaison");
		assertThat(page("/meetings/" + meeting.getId())).contains("尚未分配会议室");

		this.meetings.roomAssigned(meeting.getId(),
				new AssignedRoom(7L, "第三会议室", "Room 3", "国家会展中心 4 号馆 2 层", "NECC Hall 4, 2F"));

		assertThat(page("/meetings/" + meeting.getId())).contains("id=\"room-name\">第三会议室<")
			.contains("国家会展中心 4 号馆 2 层");
		assertThat(page("/meetings/" + meeting.getId() + "?lang=en")).contains("Room 3").contains("NECC Hall 4, 2F");
	}

	private Meeting online() {
		MeetingForm form = MeetingTestData.form(MeetingTestData.plan(this.plans, this.unit).getId());
		form.setFormat(MeetingFormat.ONLINE);
		form.setPlannedAttendance(60);
		Meeting meeting = this.bookings.book(this.unit.unitId(), form, "liaison");
		given(this.onlineRooms.find("meeting-" + meeting.getId()))
			.willReturn(Optional.of(new OnlineRoomView("meeting-" + meeting.getId(), "1234567890", "246810", "135791",
					"/simulated/meeting-room/1234567890", START.minus(Duration.ofHours(2)),
					Instant.parse("2027-11-06T16:00:00Z"), "OPEN")));
		return meeting;
	}

	private void moveTo(Instant target) {
		this.clock.moveBy(Duration.between(this.clock.instant(), target));
	}

	private String page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(this.unit.liaison()))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
