package org.fairflow.portal.programme;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.fairflow.portal.room.MeetingRows;
import org.fairflow.portal.room.RoomBookings;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public programme: approved meetings only, what they publish and nothing else, by
 * day and twenty a page, without logging in.
 */
@PortalTest
@AutoConfigureMockMvc
class ProgrammeWebTest {

	private static final LocalDate DAY = LocalDate.of(2027, 11, 6);

	/** A day only the pagination test fills. */
	private static final LocalDate FULL_DAY = LocalDate.of(2027, 11, 9);

	@Autowired
	MockMvc mvc;

	@Autowired
	RoomBookings bookings;

	@Autowired
	JdbcTemplate jdbc;

	MeetingRows rows;

	@BeforeEach
	void rows() {
		this.rows = new MeetingRows(this.jdbc);
	}

	@Test
	void anyoneSeesTheDaysApprovedMeetingsWithWhatTheyPublish() throws Exception {
		Long room = this.rows.room(300);
		MeetingRows.Row offline = this.rows.meeting("ROOM_ALLOCATED", "OFFLINE", DAY, "13:00", "15:00", 100);
		this.bookings.book(offline.id(), room, offline.start(), offline.end());
		MeetingRows.Row online = this.rows.meeting("AWAITING_ROOM", "ONLINE", DAY, "09:30", "11:00", 50);
		MeetingRows.Row pending = this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, "16:00", "17:00", 50);

		String html = page(get("/programme").param("day", DAY.toString()));

		String offlineCard = card(html, offline.id());
		assertThat(offlineCard).contains(offline.name())
			.contains("主题" + offline.name())
			.contains("数字经济")
			.contains("主办" + offline.name())
			.contains("承办" + offline.name())
			.contains("13:00-15:00")
			.contains(this.rows.roomName(room))
			.contains("亮点" + offline.name())
			.contains("发布" + offline.name());
		assertThat(card(html, online.id())).contains("线上会议").contains("09:30-11:00");
		assertThat(card(html, pending.id())).contains("会议室待定");
		assertThat(html.indexOf(online.name())).isLessThan(html.indexOf(offline.name()));
		assertThat(html).contains("id=\"nav-programme\"");
	}

	@Test
	void theProgrammeNeverShowsAMeetingInReviewOrAnyContactDetail() throws Exception {
		MeetingRows.Row inReview = this.rows.meeting("AWAITING_RE_REVIEW", "OFFLINE", DAY, "10:00", "11:00", 50);
		MeetingRows.Row withdrawn = this.rows.meeting("WITHDRAWN", "ONLINE", DAY, "10:00", "11:00", 50);
		MeetingRows.Row approved = this.rows.meeting("AWAITING_ROOM", "ONLINE", DAY, "10:00", "11:00", 50);

		String html = page(get("/programme").param("day", DAY.toString()));

		assertThat(html).contains(approved.name())
			.doesNotContain(inReview.name())
			.doesNotContain(withdrawn.name())
			.doesNotContain("13987654321")
			.doesNotContain("secret-contact@example.com")
			.doesNotContain("王联系");
	}

	@Test
	void aMeetingWithPostersShowsItsPcPoster() throws Exception {
		MeetingRows.Row meeting = this.rows.meeting("AWAITING_ROOM", "ONLINE", DAY, "20:00", "21:00", 50);
		MeetingRows.Row without = this.rows.meeting("AWAITING_ROOM", "ONLINE", DAY, "20:00", "21:00", 50);
		this.jdbc
			.update("insert into meeting_file (unit_id, meeting_id, kind, original_name, content_type, size_bytes, "
					+ "sha256, storage_path, uploaded_by, uploaded_at) values (900000, ?, 'POSTER_PC', 'pc.png', 'image/png', "
					+ "1, 'x', 'x', 'tester', now())", meeting.id());
		Long file = this.jdbc.queryForObject("select max(id) from meeting_file where meeting_id = ?", Long.class,
				meeting.id());
		this.jdbc.update("update meeting set poster_pc_file_id = ?, poster_app_file_id = ? where id = ?", file, file,
				meeting.id());

		String html = page(get("/programme").param("day", DAY.toString()));

		assertThat(card(html, meeting.id())).contains("src=\"/meetings/" + meeting.id() + "/poster/pc\"");
		assertThat(card(html, without.id())).doesNotContain("programme-poster");
	}

	@Test
	void twentyMeetingsAPageAndTheRestOnTheNext() throws Exception {
		for (int i = 0; i < 21; i++) {
			this.rows.meeting("AWAITING_ROOM", "ONLINE", FULL_DAY, String.format("%02d:00", 8 + i % 12),
					String.format("%02d:30", 8 + i % 12), 10);
		}

		String first = page(get("/programme").param("day", FULL_DAY.toString()));
		String second = page(get("/programme").param("day", FULL_DAY.toString()).param("page", "1"));

		assertThat(count(first, "class=\"card programme-meeting\"")).isEqualTo(20);
		assertThat(count(second, "class=\"card programme-meeting\"")).isEqualTo(1);
		assertThat(first).contains("id=\"page-next\"").contains("1 / 2");
	}

	@Test
	void aDayWithoutApprovedMeetingsSaysSoInBothLanguages() throws Exception {
		String zh = page(get("/programme").param("day", "2027-11-10"));
		String en = page(get("/programme").param("day", "2027-11-10").param("lang", "en"));

		assertThat(zh).contains("id=\"programme-empty\"").contains("当天还没有公布的会议");
		assertThat(en).contains("No meetings published for this day yet.");
	}

	private static String card(String html, Long id) {
		int at = html.indexOf("data-meeting-id=\"" + id + "\"");
		assertThat(at).as("card of meeting " + id).isNotNegative();
		int end = html.indexOf("</article>", at);
		return html.substring(at, end);
	}

	private static long count(String html, String text) {
		return Pattern.compile(Pattern.quote(text)).matcher(html).results().count();
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
