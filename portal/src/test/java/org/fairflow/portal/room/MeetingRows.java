package org.fairflow.portal.room;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Meetings written straight into the {@code meeting} table (columns: V11_20), in the
 * state a test needs, without running their cases. Names are unique per call, so tests
 * sharing the database find their own.
 */
public final class MeetingRows {

	public static final ZoneId FAIR_ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcTemplate jdbc;

	public MeetingRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A meeting of the fair's day, from {@code from} to {@code to} (fair zone). */
	public Row meeting(String status, String format, LocalDate day, String from, String to, int attendance) {
		Instant start = at(day, from);
		Instant end = at(day, to);
		String name = "会议-" + UUID.randomUUID().toString().substring(0, 8);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((con) -> {
			var ps = con.prepareStatement("insert into meeting (unit_id, case_id, status, format, name, theme, field, "
					+ "summary, host, co_host, planned_attendance, starts_at, ends_at, contact_name, contact_mobile, "
					+ "contact_email, highlights, publish_content, booked_by, booked_at, updated_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			ps.setLong(1, 900_000L);
			ps.setString(2, UUID.randomUUID().toString());
			ps.setString(3, status);
			ps.setString(4, format);
			ps.setString(5, name);
			ps.setString(6, "主题" + name);
			ps.setString(7, "DIGITAL");
			ps.setString(8, "简介");
			ps.setString(9, "主办" + name);
			ps.setString(10, "承办" + name);
			ps.setInt(11, attendance);
			ps.setTimestamp(12, Timestamp.from(start));
			ps.setTimestamp(13, Timestamp.from(end));
			ps.setString(14, "王联系");
			ps.setString(15, "13987654321");
			ps.setString(16, "secret-contact@example.com");
			ps.setString(17, "亮点" + name);
			ps.setString(18, "发布" + name);
			ps.setString(19, "tester");
			ps.setTimestamp(20, Timestamp.from(Instant.now()));
			ps.setTimestamp(21, Timestamp.from(Instant.now()));
			return ps;
		}, keys);
		return new Row(keys.getKey().longValue(), name, start, end);
	}

	public record Row(Long id, String name, Instant start, Instant end) {
	}

	public static Instant at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(FAIR_ZONE).toInstant();
	}

	/** A room of its own (unique name), active. */
	public Long room(int capacity) {
		String n = UUID.randomUUID().toString().substring(0, 8);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((con) -> {
			var ps = con.prepareStatement(
					"insert into meeting_room (name, name_en, venue, venue_en, capacity, active, created_at, updated_at) "
							+ "values (?, ?, ?, ?, ?, true, ?, ?)",
					new String[] { "id" });
			ps.setString(1, "会议室" + n);
			ps.setString(2, "Room " + n);
			ps.setString(3, "E2 馆" + n);
			ps.setString(4, "Hall E2 " + n);
			ps.setInt(5, capacity);
			ps.setTimestamp(6, Timestamp.from(Instant.now()));
			ps.setTimestamp(7, Timestamp.from(Instant.now()));
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	public String roomName(Long roomId) {
		return this.jdbc.queryForObject("select name from meeting_room where id = ?", String.class, roomId);
	}

	public void deactivate(Long roomId) {
		this.jdbc.update("update meeting_room set active = false where id = ?", roomId);
	}

	public int bookings(Long roomId) {
		return this.jdbc.queryForObject("select count(*) from room_booking where room_id = ?", Integer.class, roomId);
	}

	public Long roomOfMeeting(Long meetingId) {
		return this.jdbc.queryForObject("select room_id from meeting where id = ?", Long.class, meetingId);
	}

}
