package org.fairflow.portal.room;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.DecisionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The allocation task ({@code meeting-room}): which rooms are offered, and what the
 * decision accepts.
 */
@PortalTest
class RoomAllocationViewTest {

	private static final LocalDate DAY = LocalDate.of(2027, 11, 8);

	@Autowired
	RoomAllocationView view;

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
	void aFreeActiveRoomBigEnoughIsAllocatedWithItsNamesInBothLanguages() {
		Long room = this.rows.room(120);
		MeetingRows.Row meeting = offline("10:00", "11:00", 120);

		Map<String, Object> variables = allocate(meeting, String.valueOf(room));

		assertThat(variables).containsEntry("roomId", room)
			.containsEntry("roomName", this.rows.roomName(room))
			.containsKeys("roomNameEn", "roomVenue", "roomVenueEn");
		assertThat((String) variables.get("roomNameEn")).startsWith("Room ");
	}

	@Test
	void aDecisionWithoutAUsableRoomIsRefusedWithItsReason() {
		MeetingRows.Row meeting = offline("13:00", "14:00", 80);
		Long small = this.rows.room(79);
		Long inactive = this.rows.room(200);
		this.rows.deactivate(inactive);

		assertRefused(meeting, null, "room.allocate.choose");
		assertRefused(meeting, "abc", "room.allocate.choose");
		assertRefused(meeting, "99999999", "room.allocate.unknown");
		assertRefused(meeting, String.valueOf(small), "room.allocate.tooSmall");
		assertRefused(meeting, String.valueOf(inactive), "room.allocate.inactive");
	}

	@Test
	void aRoomAnotherMeetingHoldsIsRefusedNamingThatMeeting() {
		Long room = this.rows.room(100);
		MeetingRows.Row holder = offline("15:00", "17:00", 50);
		this.bookings.book(holder.id(), room, holder.start(), holder.end());
		MeetingRows.Row meeting = offline("16:00", "18:00", 50);

		assertThatThrownBy(() -> allocate(meeting, String.valueOf(room)))
			.isInstanceOfSatisfying(DecisionException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("room.allocate.taken");
				assertThat(ex.arguments()).contains(holder.name());
			});
	}

	@Test
	void otherDecisionsAddNothing() {
		MeetingRows.Row meeting = offline("08:00", "09:00", 10);

		assertThat(this.view.onDecision("case", meeting.id().toString(), 1, "something", Map.of(), null)).isEmpty();
	}

	@Test
	void theSelectOffersActiveRoomsBigEnoughWithTakenOnesDisabledAndNamed() {
		Long big = this.rows.room(300);
		Long taken = this.rows.room(300);
		Long small = this.rows.room(10);
		Long inactive = this.rows.room(300);
		this.rows.deactivate(inactive);
		MeetingRows.Row holder = offline("19:00", "20:00", 30);
		this.bookings.book(holder.id(), taken, holder.start(), holder.end());
		MeetingRows.Row meeting = offline("19:30", "21:00", 30);

		Map<String, Object> model = this.view.model(meeting.id().toString(), Locale.CHINESE);

		@SuppressWarnings("unchecked")
		List<RoomAllocationView.RoomChoice> choices = (List<RoomAllocationView.RoomChoice>) model.get("roomChoices");
		assertThat(choices).extracting((c) -> c.room().getId()).contains(big, taken).doesNotContain(small, inactive);
		assertThat(choices).filteredOn((c) -> c.room().getId().equals(taken)).singleElement().satisfies((c) -> {
			assertThat(c.free()).isFalse();
			assertThat(c.holder()).isEqualTo(holder.name());
		});
		assertThat(choices).filteredOn((c) -> c.room().getId().equals(big)).singleElement().satisfies((c) -> {
			assertThat(c.free()).isTrue();
		});
		assertThat(model).containsEntry("allocationTime", "19:30-21:00").containsEntry("decisionInputs", true);
	}

	private void assertRefused(MeetingRows.Row meeting, String roomId, String key) {
		assertThatThrownBy(() -> allocate(meeting, roomId)).isInstanceOfSatisfying(DecisionException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private Map<String, Object> allocate(MeetingRows.Row meeting, String roomId) {
		Map<String, String> params = new java.util.HashMap<>();
		if (roomId != null) {
			params.put("roomId", roomId);
		}
		return this.view.onDecision("case", meeting.id().toString(), 1, "allocate", params, null);
	}

	private MeetingRows.Row offline(String from, String to, int attendance) {
		return this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, from, to, attendance);
	}

}
