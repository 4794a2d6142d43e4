package org.fairflow.portal.room;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairflow.portal.meeting.AssignedRoom;
import org.fairflow.portal.meeting.MeetingFormat;
import org.fairflow.portal.meeting.MeetingSummary;
import org.fairflow.portal.meeting.Meetings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books physical rooms for offline meetings. Concurrency-safe: a booking locks its room's
 * row first, so of two meetings asking for one slot at once the second waits, then sees
 * the first's booking. The meeting records its room in the same transaction
 * ({@link Meetings#roomAssigned}).
 */
@Service
public class RoomBookings {

	private final MeetingRoomRepository rooms;

	private final RoomBookingRepository bookings;

	private final Meetings meetings;

	RoomBookings(MeetingRoomRepository rooms, RoomBookingRepository bookings, Meetings meetings) {
		this.rooms = rooms;
		this.bookings = bookings;
		this.meetings = meetings;
	}

	/**
	 * Books a room for a meeting's [start, end). The same meeting, room and time again is
	 * a no-op (a retried job); another room or time for a booked meeting moves its
	 * booking.
	 * @throws RoomTakenException when another meeting holds the room for part of the time
	 * @throws RoomUnavailableException when the room is unknown, deactivated or too small
	 * for the meeting's planned attendance
	 * @throws IllegalArgumentException when the meeting does not exist, is online, or the
	 * time is empty (a fault of the caller, not an outcome)
	 */
	@Transactional
	public void book(Long meetingId, Long roomId, Instant start, Instant end) {
		if (start == null || end == null || !end.isAfter(start)) {
			throw new IllegalArgumentException(
					"meeting " + meetingId + ": no time to book [" + start + ", " + end + ")");
		}
		MeetingSummary meeting = this.meetings.find(meetingId)
			.orElseThrow(() -> new IllegalArgumentException("no meeting " + meetingId));
		if (meeting.format() != MeetingFormat.OFFLINE) {
			throw new IllegalArgumentException("meeting " + meetingId + " is online: it gets no physical room");
		}
		Optional<RoomBooking> existing = this.bookings.findByMeetingId(meetingId);
		if (existing.isPresent() && existing.get().holds(roomId, start, end)) {
			// Booked and recorded on the meeting in one transaction: nothing left to do.
			return;
		}
		MeetingRoom room = this.rooms.lockById(roomId)
			.orElseThrow(() -> new RoomUnavailableException("room.unavailable.unknown", roomId));
		if (!room.isActive()) {
			throw new RoomUnavailableException("room.unavailable.inactive", room.getName());
		}
		if (!room.fits(meeting.plannedAttendance())) {
			throw new RoomUnavailableException("room.unavailable.tooSmall", room.getName(), room.getCapacity(),
					meeting.plannedAttendance());
		}
		Optional<Long> holder = holder(roomId, start, end, meetingId);
		if (holder.isPresent()) {
			throw new RoomTakenException(roomId, holder.get());
		}
		if (existing.isPresent()) {
			existing.get().moveTo(roomId, start, end);
			this.bookings.flush();
		}
		else {
			this.bookings.saveAndFlush(new RoomBooking(roomId, meetingId, start, end));
		}
		assign(meetingId, room);
	}

	/**
	 * The meeting that holds a room for part of [start, end), other than
	 * {@code exceptMeetingId}; touching intervals do not overlap.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> holder(Long roomId, Instant start, Instant end, Long exceptMeetingId) {
		return this.bookings.findOverlapping(roomId, start, end)
			.stream()
			.map(RoomBooking::getMeetingId)
			.filter((id) -> !id.equals(exceptMeetingId))
			.findFirst();
	}

	/** Every booking that overlaps [from, to), by start. */
	@Transactional(readOnly = true)
	List<RoomBooking> between(Instant from, Instant to) {
		return this.bookings.findAllOverlapping(from, to);
	}

	/**
	 * How many of a room's bookings end after {@code now} (a deactivation keeps them).
	 */
	@Transactional(readOnly = true)
	long upcoming(Long roomId, Instant now) {
		return this.bookings.countByRoomIdAndEndsAtAfter(roomId, now);
	}

	@Transactional(readOnly = true)
	Optional<RoomBooking> ofMeeting(Long meetingId) {
		return this.bookings.findByMeetingId(meetingId);
	}

	private void assign(Long meetingId, MeetingRoom room) {
		this.meetings.roomAssigned(meetingId,
				new AssignedRoom(room.getId(), room.getName(), room.getNameEn(), room.getVenue(), room.getVenueEn()));
	}

}
