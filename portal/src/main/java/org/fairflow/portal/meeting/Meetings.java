package org.fairflow.portal.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookings as other modules read them (calendar, room plan, public programme), and
 * the one write they make: the room an offline meeting got. The public face of this
 * module.
 */
@Service
public class Meetings {

	/** The process of a booking ({@code meeting-booking.bpmn}). */
	public static final String FLOW = "meeting-booking";

	private final MeetingRepository meetings;

	Meetings(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@Transactional(readOnly = true)
	public Optional<MeetingSummary> find(Long id) {
		return this.meetings.findById(id).map(Meeting::summary);
	}

	/** Bookings in one of the statuses that overlap [from, to), by start. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> between(Instant from, Instant to, Collection<MeetingStatus> statuses) {
		return this.meetings.findOverlapping(from, to, statuses).stream().map(Meeting::summary).toList();
	}

	/**
	 * Records the room the room plan gave an offline meeting, in the caller's transaction
	 * (the room module books and records together).
	 */
	@Transactional
	public void roomAssigned(Long meetingId, AssignedRoom room) {
		Meeting meeting = this.meetings.findById(meetingId)
			.orElseThrow(() -> new IllegalArgumentException("no meeting " + meetingId));
		meeting.assignRoom(room);
	}

}
