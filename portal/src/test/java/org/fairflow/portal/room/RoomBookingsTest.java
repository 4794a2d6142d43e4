package org.fairflow.portal.room;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking physical rooms on the real database: intervals, capacity, deactivated rooms, a
 * retried booking, and two meetings racing for one slot.
 */
@PortalTest
class RoomBookingsTest {

	private static final LocalDate DAY = LocalDate.of(2027, 12, 1);

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
	void touchingIntervalsDoNotOverlapWhileAnOverlapIsRefusedNamingTheHolder() {
		Long room = this.rows.room(100);
		MeetingRows.Row morning = offline("10:00", "12:00", 80);
		MeetingRows.Row afternoon = offline("12:00", "14:00", 80);
		MeetingRows.Row across = offline("11:30", "12:30", 80);

		book(morning, room);
		book(afternoon, room);

		assertThatThrownBy(() -> book(across, room)).isInstanceOfSatisfying(RoomTakenException.class,
				(ex) -> assertThat(ex.holdingMeetingId()).isIn(morning.id(), afternoon.id()));
		assertThat(this.rows.bookings(room)).isEqualTo(2);
		assertThat(this.rows.roomOfMeeting(morning.id())).isEqualTo(room);
		assertThat(this.rows.roomOfMeeting(across.id())).isNull();
	}

	@Test
	void theSameMeetingRoomAndTimeAgainChangesNothing() {
		Long room = this.rows.room(100);
		MeetingRows.Row meeting = offline("09:00", "10:00", 50);

		book(meeting, room);
		book(meeting, room);

		assertThat(this.rows.bookings(room)).isOne();
		assertThat(this.rows.roomOfMeeting(meeting.id())).isEqualTo(room);
		assertThat(this.jdbc.queryForObject("select room_name from meeting where id = ?", String.class, meeting.id()))
			.isEqualTo(this.rows.roomName(room));
	}

	@Test
	void aRoomSmallerThanThePlannedAttendanceIsRefusedAndNothingIsStored() {
		Long room = this.rows.room(50);
		MeetingRows.Row meeting = offline("14:00", "15:00", 51);

		assertThatThrownBy(() -> book(meeting, room)).isInstanceOfSatisfying(RoomUnavailableException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("room.unavailable.tooSmall"));
		assertThat(this.rows.bookings(room)).isZero();
		assertThat(this.rows.roomOfMeeting(meeting.id())).isNull();
	}

	@Test
	void aDeactivatedRoomKeepsItsBookingsAndGetsNoNewOnes() {
		Long room = this.rows.room(100);
		MeetingRows.Row kept = offline("08:00", "09:00", 20);
		book(kept, room);
		this.rows.deactivate(room);
		MeetingRows.Row later = offline("16:00", "17:00", 20);

		assertThatThrownBy(() -> book(later, room)).isInstanceOfSatisfying(RoomUnavailableException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("room.unavailable.inactive"));
		assertThat(this.rows.bookings(room)).isOne();
		// A retried job of the meeting already booked still succeeds.
		book(kept, room);
		assertThat(this.rows.bookings(room)).isOne();
	}

	@Test
	void aBookedMeetingGivenAnotherRoomMovesItsBooking() {
		Long first = this.rows.room(100);
		Long second = this.rows.room(100);
		MeetingRows.Row meeting = offline("18:00", "19:00", 20);

		book(meeting, first);
		book(meeting, second);

		assertThat(this.rows.bookings(first)).isZero();
		assertThat(this.rows.bookings(second)).isOne();
		assertThat(this.rows.roomOfMeeting(meeting.id())).isEqualTo(second);
	}

	@Test
	void anOnlineMeetingGetsNoPhysicalRoom() {
		Long room = this.rows.room(100);
		MeetingRows.Row online = this.rows.meeting("AWAITING_ROOM", "ONLINE", DAY, "10:00", "11:00", 20);

		assertThatThrownBy(() -> book(online, room)).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.rows.bookings(room)).isZero();
	}

	@Test
	void twoMeetingsBookingOneSlotAtOnceGetExactlyOneBookingAndTheLoserIsToldItIsTaken() throws Exception {
		Long room = this.rows.room(100);
		MeetingRows.Row one = offline("10:00", "11:00", 30);
		MeetingRows.Row two = offline("10:30", "11:30", 30);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> outcomes = new ArrayList<>();
			for (MeetingRows.Row meeting : List.of(one, two)) {
				Callable<Long> attempt = () -> {
					start.await();
					try {
						book(meeting, room);
						return null;
					}
					catch (RoomTakenException ex) {
						return ex.holdingMeetingId();
					}
				};
				outcomes.add(pool.submit(attempt));
			}
			start.countDown();
			Long holderSeenByOne = outcomes.get(0).get(30, TimeUnit.SECONDS);
			Long holderSeenByTwo = outcomes.get(1).get(30, TimeUnit.SECONDS);

			assertThat(this.rows.bookings(room)).isOne();
			Long winner = this.jdbc.queryForObject("select meeting_id from room_booking where room_id = ?", Long.class,
					room);
			// Exactly one attempt lost, and it was told the winner holds the room.
			assertThat(new Long[] { holderSeenByOne, holderSeenByTwo }).containsExactlyInAnyOrder(null, winner);
			assertThat((winner.equals(one.id())) ? holderSeenByOne : holderSeenByTwo).isNull();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private MeetingRows.Row offline(String from, String to, int attendance) {
		return this.rows.meeting("AWAITING_ROOM", "OFFLINE", DAY, from, to, attendance);
	}

	private void book(MeetingRows.Row meeting, Long room) {
		this.bookings.book(meeting.id(), room, meeting.start(), meeting.end());
	}

}
