package org.fairflow.portal.meeting;

import java.time.Instant;
import java.util.UUID;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.meeting.OnlineRoomRequest;
import org.fairflow.workers.meeting.OnlineRoomView;
import org.fairflow.workers.meeting.OnlineRooms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The simulated online room a join link opens: it says it is a simulation, names the room
 * and when it opens, and never shows the password or the host key.
 */
@PortalTest
@AutoConfigureMockMvc
class SimulatedMeetingRoomWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OnlineRooms rooms;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theJoinLinkOpensASimulatedRoomThatSaysWhenItOpensWithoutItsSecrets() throws Exception {
		MeetingTestData.Unit unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		OnlineRoomView room = this.rooms.open(new OnlineRoomRequest("sim-" + UUID.randomUUID(), "圆桌会议",
				Instant.parse("2027-11-06T02:00:00Z"), Instant.parse("2027-11-06T04:00:00Z"), 30));

		String page = this.mvc.perform(get(room.joinUrl()).with(user(unit.liaison())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(page).contains("id=\"simulation-notice\"")
			.contains(room.meetingNumber())
			.contains("data-state=\"BEFORE\"")
			.contains("2027-11-06 08:00")
			.doesNotContain(room.password())
			.doesNotContain(room.hostKey());
	}

	@Test
	void anUnknownOrMalformedMeetingNumberIsNotFound() throws Exception {
		MeetingTestData.Unit unit = MeetingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);

		this.mvc.perform(get("/simulated/meeting-room/1000000001").with(user(unit.liaison())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/simulated/meeting-room/abc").with(user(unit.liaison())))
			.andExpect(status().isNotFound());
	}

}
