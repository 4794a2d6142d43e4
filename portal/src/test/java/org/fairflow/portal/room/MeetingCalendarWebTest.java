package org.fairflow.portal.room;

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The organiser's meeting calendar: booked offline meetings in their rooms and hours (the
 * fair's clock), online meetings, approved offline meetings without a room, bookings in
 * review; the organiser's only.
 */
@PortalTest
@AutoConfigureMockMvc
class MeetingCalendarWebTest {

	/** A day only this class puts meetings on, so its empty states are its own. */
	private static final LocalDate DAY = LocalDate.of(2027, 11, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoomBookings bookings;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	PortalUser organiser;

	MeetingRows rows;

	@BeforeEach
	void organiser() {
		this.rows = new MeetingRows(this.jdbc);
		this.tree = this.fixtures.tree();
		this.organiser = this.fixtures.organiserReviewer(this.tree);
	}

	@Test
	void theDayShowsEachKindOfMeetingWhereItBelongs() throws Exception {
		Long room = this.rows.room(200);
		MeetingRows.Row booked = this.rows.meeting("ROOM_ALLOCATED", "OFFLINE", DAY, "10:00", "11:30", 80);
		this.bookings.book(booked.id(), room, booked.start(), booked.end());
		MeetingRows.Row online = this.rows.meeting("AWAITING_ROOM", "ONLINE", DAY, "09:00", "10:00", 50);
		MeetingRows.Row waiting = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "14:00", "15:00", 40);
		MeetingRows.Row inReview = this.rows.meeting("AWAITING_RE_REVIEW", "OFFLINE", DAY, "16:00", "17:00", 40);
		MeetingRows.Row rejected = this.rows.meeting("RE_REJECTED", "OFFLINE", DAY, "16:00", "17:00", 40);

		String html = page(get("/meetings/calendar").param("day", DAY.toString()).with(user(this.organiser)));

		String roomRow = between(html, "data-room-id=\"" + room + "\"", "</tr>");
		// 10:00 is the fifth half-hour after 08:00; 10:00-11:30 spans three.
		assertThat(roomRow).contains("colspan=\"4\"")
			.contains("colspan=\"3\" class=\"calendar-booked\"")
			.contains(booked.name())
			.contains("主办" + booked.name())
			.contains("10:00-11:30")
			.contains("data-status=\"ROOM_ALLOCATED\"");
		assertThat(between(html, "id=\"calendar-online\"", "</table>")).contains(online.name()).contains("09:00-10:00");
		assertThat(between(html, "id=\"calendar-without-room\"", "</table>")).contains(waiting.name())
			.contains("href=\"/tasks\"")
			.doesNotContain(booked.name());
		assertThat(between(html, "id=\"calendar-in-review\"", "</table>")).contains(inReview.name())
			.contains("data-status=\"AWAITING_RE_REVIEW\"");
		assertThat(html).doesNotContain(rejected.name());
		assertThat(tab(html, DAY.toString())).contains("active");
		assertThat(tab(html, "2027-11-10")).doesNotContain("active");
	}

	@Test
	void aDayWithoutMeetingsSaysSoInBothLanguages() throws Exception {
		String zh = page(get("/meetings/calendar").param("day", "2027-11-10").with(user(this.organiser)));
		String en = page(
				get("/meetings/calendar").param("day", "2027-11-10").param("lang", "en").with(user(this.organiser)));

		assertThat(zh).contains("id=\"calendar-online-empty\"")
			.contains("id=\"calendar-without-room-empty\"")
			.contains("id=\"calendar-in-review-empty\"")
			.contains("当天没有审核中的预约");
		assertThat(en).contains("No bookings in review on this day.").contains("Room calendar");
	}

	@Test
	void anUnknownDayShowsTheFairsFirstDay() throws Exception {
		String html = page(get("/meetings/calendar").param("day", "not-a-day").with(user(this.organiser)));

		assertThat(tab(html, "2027-11-05")).contains("active").contains("aria-current=\"page\"");
	}

	@Test
	void theCalendarIsTheOrganisersOnly() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.tree.delegationReviewer());

		assertThat(status(get("/meetings/calendar").with(user(reviewer)))).isEqualTo(403);
		assertThat(status(get("/meetings/calendar"))).isEqualTo(302);
		assertThat(page(get("/tasks").with(user(this.organiser)))).contains("id=\"nav-meeting-calendar\"");
	}

	/** The day tab's link element. */
	private static String tab(String html, String day) {
		int at = html.indexOf("data-day=\"" + day + "\"");
		assertThat(at).as("tab of " + day).isNotNegative();
		return html.substring(html.lastIndexOf("<a", at), html.indexOf(">", at));
	}

	private static String between(String html, String from, String to) {
		int start = html.indexOf(from);
		assertThat(start).as("page has " + from).isNotNegative();
		int end = html.indexOf(to, start);
		return html.substring(start, (end < 0) ? html.length() : end);
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
