package org.fairflow.portal.meeting;

import java.util.List;

import org.fairflow.workers.meeting.OnlineRoomView;
import org.fairflow.workers.meeting.OnlineRooms;
import org.fairflow.workers.meeting.RoomWindow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A booking as its unit sees it: what was booked, the speakers, the plan, and the room
 * (online: the room the meeting-room service opened, with its numbers; offline: the room
 * of the room plan) with the window in which it can be entered.
 */
@Component
class MeetingDetails {

	private final MeetingRepository meetings;

	private final MeetingSpeakerRepository speakers;

	private final PlanFiles plans;

	private final OnlineRooms onlineRooms;

	private final FairCalendar calendar;

	MeetingDetails(MeetingRepository meetings, MeetingSpeakerRepository speakers, PlanFiles plans,
			OnlineRooms onlineRooms, FairCalendar calendar) {
		this.meetings = meetings;
		this.speakers = speakers;
		this.plans = plans;
		this.onlineRooms = onlineRooms;
		this.calendar = calendar;
	}

	/**
	 * @param onlineRoom the online room, null for an offline meeting or while none is
	 * open
	 */
	record Details(Meeting meeting, String date, boolean morning, String time, List<MeetingSpeaker> domestic,
			List<MeetingSpeaker> foreign, List<MeetingSpeaker> guests, PlanFile plan, OnlineRoomView onlineRoom,
			RoomWindow window, AssignedRoom room) {

		public boolean withdrawable() {
			return this.meeting.getStatus().withdrawable() && this.meeting.getWithdrawnAt() == null;
		}

		public boolean supplemented() {
			return this.meeting.getSupplementedAt() != null;
		}

		public boolean online() {
			return this.meeting.getFormat() == MeetingFormat.ONLINE;
		}

	}

	/** The unit's own booking; another unit's is not found. */
	@Transactional(readOnly = true)
	Details of(Long unitId, Long meetingId) {
		Meeting meeting = this.meetings.findByIdAndUnitId(meetingId, unitId).orElseThrow(MeetingNotFoundException::new);
		List<MeetingSpeaker> all = this.speakers.findByMeetingIdOrderByKindAscPositionAsc(meetingId);
		OnlineRoomView online = (meeting.getFormat() == MeetingFormat.ONLINE)
				? this.onlineRooms.find(meeting.reference()).orElse(null) : null;
		return new Details(meeting, this.calendar.date(meeting.getStartsAt()).toString(),
				this.calendar.morning(meeting.getStartsAt()),
				this.calendar.time(meeting.getStartsAt(), meeting.getEndsAt()), of(all, MeetingSpeaker.Kind.DOMESTIC),
				of(all, MeetingSpeaker.Kind.FOREIGN), of(all, MeetingSpeaker.Kind.GUEST),
				this.plans.planOf(meetingId).orElse(null), online,
				RoomWindow.of(meeting.getStartsAt(), this.calendar.zone()), meeting.room());
	}

	private static List<MeetingSpeaker> of(List<MeetingSpeaker> all, MeetingSpeaker.Kind kind) {
		return all.stream().filter((s) -> s.getKind() == kind).toList();
	}

}
