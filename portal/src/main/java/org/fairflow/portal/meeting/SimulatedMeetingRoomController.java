package org.fairflow.portal.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.fairflow.workers.meeting.OnlineRoomView;
import org.fairflow.workers.meeting.OnlineRooms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The SIMULATED online meeting room a join link opens ({@code joinUrl} of the simulated
 * meeting-room service): a real provider's client would open here. It names the meeting
 * and whether its window is open, never the password or host key.
 */
@Controller
class SimulatedMeetingRoomController {

	private final OnlineRooms rooms;

	private final MeetingRepository meetings;

	private final Clock clock;

	SimulatedMeetingRoomController(OnlineRooms rooms, MeetingRepository meetings, Clock clock) {
		this.rooms = rooms;
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/simulated/meeting-room/{number}")
	String room(@PathVariable String number, Model model) {
		OnlineRoomView room = (number.matches("\\d{1,20}")) ? this.rooms.findByMeetingNumber(number).orElse(null)
				: null;
		if (room == null) {
			throw new MeetingNotFoundException();
		}
		Optional<Meeting> meeting = Meeting.idOf(room.reference()).flatMap(this.meetings::findById);
		Instant now = this.clock.instant();
		String state = now.isBefore(room.opensAt()) ? "BEFORE" : (now.isBefore(room.closesAt()) ? "OPEN" : "AFTER");
		model.addAttribute("room", room);
		model.addAttribute("meetingName", meeting.map(Meeting::getName).orElse(null));
		model.addAttribute("roomState", state);
		return "meeting/simulated-room";
	}

}
